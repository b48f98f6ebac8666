namespace ContractKit.Runtime.Validation;

/// <summary>
/// The JSON Schema <c>format</c> checks generated validators make. Each takes the unescaped UTF-8 bytes of a string
/// value and allocates nothing. Every grammar here is ASCII, so any non-ASCII byte fails (the <c>idn-*</c> formats
/// are not checked).
/// </summary>
public static class JsonFormats
{
    /// <summary>
    /// The format names this class checks. JSON Schema makes <c>format</c> an annotation, so a validator ignores
    /// any other name.
    /// </summary>
    public static bool IsKnown(string format) => format switch
    {
        "date-time" or "date" or "time" or "duration" or "email" or "hostname" or "ipv4" or "ipv6"
            or "uri" or "uri-reference" or "uuid" or "json-pointer" => true,
        _ => false,
    };

    /// <summary>
    /// Whether <paramref name="utf8"/> is valid for <paramref name="format"/>. Unknown formats always pass
    /// (see <see cref="IsKnown"/>).
    /// </summary>
    public static bool Check(string format, ReadOnlySpan<byte> utf8) => format switch
    {
        "date-time" => IsDateTime(utf8),
        "date" => IsDate(utf8),
        "time" => IsTime(utf8),
        "duration" => IsDuration(utf8),
        "email" => IsEmail(utf8),
        "hostname" => IsHostname(utf8),
        "ipv4" => IsIPv4(utf8),
        "ipv6" => IsIPv6(utf8),
        "uri" => IsUri(utf8),
        "uri-reference" => IsUriReference(utf8),
        "uuid" => IsUuid(utf8),
        "json-pointer" => IsJsonPointer(utf8),
        _ => true,
    };

    // ---- Dates and times (RFC 3339 §5.6) ----

    /// <summary>
    /// An RFC 3339 <c>date-time</c>: <c>full-date "T" full-time</c>, the offset required, <c>T</c> and <c>Z</c> in
    /// either case. Second 60 is a leap second, accepted only when the time in UTC is 23:59 (RFC 3339 §5.7).
    /// </summary>
    public static bool IsDateTime(ReadOnlySpan<byte> utf8) => TryReadDateTime(utf8, out _);

    /// <summary>
    /// Reads an RFC 3339 <c>date-time</c> (the grammar of <see cref="IsDateTime"/>). A leap second is read as
    /// 59.9999999 seconds. False for text that is not a date-time, and for one outside what
    /// <see cref="DateTimeOffset"/> holds (year 0000, or an instant before year 1 or after year 9999 in UTC). An
    /// offset beyond ±14:00, valid in RFC 3339 but not in <see cref="DateTimeOffset"/>, gives the same instant with
    /// offset zero.
    /// </summary>
    public static bool TryParseDateTime(ReadOnlySpan<byte> utf8, out DateTimeOffset value)
    {
        value = default;
        if (!TryReadDateTime(utf8, out var parts) || !TryGetTicks(parts, out var localTicks, out var utcTicks))
        {
            return false;
        }
        value = Math.Abs(parts.OffsetMinutes) <= 14 * 60
            ? new DateTimeOffset(localTicks, TimeSpan.FromTicks(localTicks - utcTicks))
            : new DateTimeOffset(utcTicks, TimeSpan.Zero);
        return true;
    }

    /// <summary>
    /// Reads an RFC 3339 <c>date-time</c> as the instant it names, in UTC ticks, for comparing with a clock without
    /// building a <see cref="DateTimeOffset"/>. False when the text is not a date-time; <paramref name="comparable"/>
    /// false when it is one <see cref="TryParseDateTime"/> cannot read (year 0000, or beyond years 1 to 9999 in UTC).
    /// </summary>
    internal static bool TryReadInstant(ReadOnlySpan<byte> utf8, out long utcTicks, out bool comparable)
    {
        utcTicks = 0;
        comparable = false;
        if (!TryReadDateTime(utf8, out var parts))
        {
            return false;
        }
        comparable = TryGetTicks(parts, out _, out utcTicks);
        return true;
    }

    /// <summary>The local and UTC ticks of a date-time as read; a leap second is read as 59.9999999 seconds. False
    /// for an instant <see cref="DateTime"/> cannot hold.</summary>
    private static bool TryGetTicks(in DateTimeParts parts, out long localTicks, out long utcTicks)
    {
        localTicks = utcTicks = 0;
        if (parts.Year == 0)
        {
            return false;
        }
        var second = parts.Second;
        var fractionTicks = parts.FractionTicks;
        if (second == 60)
        {
            second = 59;
            fractionTicks = (int)TimeSpan.TicksPerSecond - 1;
        }
        localTicks = new DateTime(parts.Year, parts.Month, parts.Day).Ticks
                     + parts.Hour * TimeSpan.TicksPerHour + parts.Minute * TimeSpan.TicksPerMinute + second * TimeSpan.TicksPerSecond
                     + fractionTicks;
        utcTicks = localTicks - parts.OffsetMinutes * TimeSpan.TicksPerMinute;
        return utcTicks >= DateTime.MinValue.Ticks && utcTicks <= DateTime.MaxValue.Ticks;
    }

    /// <summary>An RFC 3339 <c>full-date</c>: <c>YYYY-MM-DD</c>, the day valid for its month and year.</summary>
    public static bool IsDate(ReadOnlySpan<byte> utf8) => TryReadDate(utf8, out _, out _, out _);

    /// <summary>
    /// An RFC 3339 <c>full-time</c>: <c>HH:MM:SS</c>, an optional fraction, and a required offset (<c>Z</c> or
    /// <c>±hh:mm</c>). Second 60 only when the time in UTC is 23:59, as for <see cref="IsDateTime"/>.
    /// </summary>
    public static bool IsTime(ReadOnlySpan<byte> utf8) => TryReadTime(utf8, out _, out _, out _, out _, out _);

    /// <summary>The fields of a date-time, as read; no range beyond the grammar's is implied.</summary>
    private readonly record struct DateTimeParts(
        int Year, int Month, int Day, int Hour, int Minute, int Second, int FractionTicks, int OffsetMinutes);

    private static bool TryReadDateTime(ReadOnlySpan<byte> s, out DateTimeParts parts)
    {
        parts = default;
        // Shortest form: "YYYY-MM-DDTHH:MM:SSZ". A space instead of "T" is RFC 3339's note, not its grammar.
        if (s.Length < 20 || (s[10] | 0x20) != 't')
        {
            return false;
        }
        if (!TryReadDate(s[..10], out var year, out var month, out var day)
            || !TryReadTime(s[11..], out var hour, out var minute, out var second, out var fraction, out var offset))
        {
            return false;
        }
        parts = new DateTimeParts(year, month, day, hour, minute, second, fraction, offset);
        return true;
    }

    private static bool TryReadDate(ReadOnlySpan<byte> s, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-'
            || !TryTwoDigits(s, 0, out var century) || !TryTwoDigits(s, 2, out var yearOfCentury)
            || !TryTwoDigits(s, 5, out month) || !TryTwoDigits(s, 8, out day))
        {
            return false;
        }
        year = century * 100 + yearOfCentury;
        return month is >= 1 and <= 12 && day >= 1 && day <= DaysInMonth(year, month);
    }

    private static bool TryReadTime(
        ReadOnlySpan<byte> s, out int hour, out int minute, out int second, out int fractionTicks, out int offsetMinutes)
    {
        hour = minute = second = fractionTicks = offsetMinutes = 0;
        // partial-time = HH ":" MM ":" SS [time-secfrac]; the shortest full-time is "HH:MM:SSZ".
        if (s.Length < 9 || s[2] != ':' || s[5] != ':'
            || !TryTwoDigits(s, 0, out hour) || !TryTwoDigits(s, 3, out minute) || !TryTwoDigits(s, 6, out second)
            || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }
        var i = 8;
        if (s[i] == '.')
        {
            // time-secfrac = "." 1*DIGIT: any number of digits; ticks keep the first seven (100 ns).
            var start = ++i;
            var scale = (int)(TimeSpan.TicksPerSecond / 10);
            while (i < s.Length && IsDigit(s[i]))
            {
                fractionTicks += (s[i] - '0') * scale;
                scale /= 10;
                i++;
            }
            if (i == start)
            {
                return false;
            }
        }
        if (!TryReadOffset(s[i..], out offsetMinutes))
        {
            return false;
        }
        // RFC 3339 §5.7: a leap second is 23:59:60 UTC; local time shows it at 23:59 shifted by the offset.
        if (second != 60)
        {
            return true;
        }
        const int minutesPerDay = 24 * 60;
        var utcMinute = ((hour * 60 + minute - offsetMinutes) % minutesPerDay + minutesPerDay) % minutesPerDay;
        return utcMinute == minutesPerDay - 1;
    }

    private static bool TryReadOffset(ReadOnlySpan<byte> s, out int offsetMinutes)
    {
        offsetMinutes = 0;
        // time-offset = "Z" / time-numoffset, time-numoffset = ("+" / "-") time-hour ":" time-minute.
        if (s.Length == 1)
        {
            return (s[0] | 0x20) == 'z';
        }
        if (s.Length != 6 || (s[0] != '+' && s[0] != '-') || s[3] != ':'
            || !TryTwoDigits(s, 1, out var hours) || !TryTwoDigits(s, 4, out var minutes) || hours > 23 || minutes > 59)
        {
            return false;
        }
        offsetMinutes = (s[0] == '-' ? -1 : 1) * (hours * 60 + minutes);
        return true;
    }

    private static int DaysInMonth(int year, int month) => month switch
    {
        2 => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    /// <summary>
    /// An RFC 3339 Appendix A <c>duration</c>, e.g. <c>P1D</c>, <c>PT5M</c>, <c>P1Y2M</c>, <c>P1W</c>. The ABNF allows
    /// only adjacent units in order (Y M D, then T and H M S), so <c>P1Y1D</c> and <c>PT1H5S</c> are not valid; weeks
    /// stand alone; no fractions. Letters in either case: ABNF strings are case-insensitive (RFC 5234 §2.3).
    /// </summary>
    public static bool IsDuration(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length < 3 || (utf8[0] | 0x20) != 'p')
        {
            return false;
        }
        var i = 1;
        if ((utf8[i] | 0x20) != 't')
        {
            // dur-date = (dur-day / dur-month / dur-year) [dur-time], or dur-week alone.
            var next = -1; // index in "YMD" the next unit must have; -1 before the first unit
            while (i < utf8.Length && (utf8[i] | 0x20) != 't')
            {
                if (!TrySkipDigits(utf8, ref i) || i == utf8.Length)
                {
                    return false;
                }
                var unit = utf8[i++] | 0x20;
                if (unit == 'w')
                {
                    return next == -1 && i == utf8.Length;
                }
                var index = unit switch { 'y' => 0, 'm' => 1, 'd' => 2, _ => -1 };
                if (index < 0 || (next != -1 && index != next))
                {
                    return false;
                }
                next = index + 1;
            }
            if (i == utf8.Length)
            {
                return true;
            }
        }
        // dur-time = "T" (dur-hour / dur-minute / dur-second): at least one unit after "T".
        i++;
        if (i == utf8.Length)
        {
            return false;
        }
        var nextTime = -1;
        while (i < utf8.Length)
        {
            if (!TrySkipDigits(utf8, ref i) || i == utf8.Length)
            {
                return false;
            }
            var index = (utf8[i++] | 0x20) switch { 'h' => 0, 'm' => 1, 's' => 2, _ => -1 };
            if (index < 0 || (nextTime != -1 && index != nextTime))
            {
                return false;
            }
            nextTime = index + 1;
        }
        return true;
    }

    // ---- Internet names and addresses ----

    /// <summary>
    /// An RFC 5321 <c>Mailbox</c>: a local part (dot-atom, or quoted string, at most 64 bytes), <c>@</c>, and a domain:
    /// a <see cref="IsHostname">hostname</see>, <c>[IPv4]</c> or <c>[IPv6:…]</c>. ASCII only (non-ASCII is
    /// <c>idn-email</c>); whitespace only inside a quoted local part, where RFC 5321's qtextSMTP allows a space.
    /// </summary>
    public static bool IsEmail(ReadOnlySpan<byte> utf8)
    {
        // A quoted local part may hold "@"; a domain never does, so the last "@" splits the two.
        var at = utf8.LastIndexOf((byte)'@');
        if (at <= 0 || at > 64)
        {
            return false;
        }
        var domain = utf8[(at + 1)..];
        return IsLocalPart(utf8[..at]) && (domain is [(byte)'[', .., (byte)']'] ? IsAddressLiteral(domain[1..^1]) : IsHostname(domain));
    }

    private static bool IsLocalPart(ReadOnlySpan<byte> s)
    {
        if (s[0] == '"')
        {
            // Quoted-string = DQUOTE *(qtextSMTP / quoted-pairSMTP) DQUOTE.
            if (s.Length < 2 || s[^1] != '"')
            {
                return false;
            }
            for (var i = 1; i < s.Length - 1; i++)
            {
                var b = s[i];
                if (b == '\\')
                {
                    // quoted-pairSMTP = "\" %d32-126
                    if (++i == s.Length - 1 || s[i] is < 32 or > 126)
                    {
                        return false;
                    }
                }
                else if (b is < 32 or > 126 || b == '"') // qtextSMTP = %d32-33 / %d35-91 / %d93-126
                {
                    return false;
                }
            }
            return true;
        }
        // Dot-string = Atom *("." Atom): no leading, trailing or double dot.
        if (s[0] == '.' || s[^1] == '.')
        {
            return false;
        }
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '.' ? s[i - 1] == '.' : !IsAtext(s[i]))
            {
                return false;
            }
        }
        return true;
    }

    // atext (RFC 5322 §3.2.3): letters, digits and these printable symbols. Letters and digits, nearly every byte of
    // an address, are tested inline; the symbols' long test is out of line.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsAtext(byte b) => IsAlphaNumeric(b) || IsAtextSymbol(b);

    private static bool IsAtextSymbol(byte b) => b is (byte)'!' or (byte)'#' or (byte)'$' or (byte)'%'
        or (byte)'&' or (byte)'\'' or (byte)'*' or (byte)'+' or (byte)'-' or (byte)'/' or (byte)'=' or (byte)'?'
        or (byte)'^' or (byte)'_' or (byte)'`' or (byte)'{' or (byte)'|' or (byte)'}' or (byte)'~';

    private static bool IsAddressLiteral(ReadOnlySpan<byte> s)
        // address-literal = "[" (IPv4-address-literal / IPv6-address-literal) "]"; the "IPv6:" tag, like every
        // ABNF string, in any case. General-address-literal (other tags) is not accepted.
        => s.Length > 5 && (s[0] | 0x20) == 'i' && (s[1] | 0x20) == 'p' && (s[2] | 0x20) == 'v' && s[3] == '6' && s[4] == ':'
            ? IsIPv6(s[5..])
            : IsIPv4(s);

    /// <summary>
    /// An RFC 1123 host name: dot-separated labels of 1-63 letters, digits and hyphens, none starting or ending with a
    /// hyphen, at most 253 bytes in all, no final dot.
    /// </summary>
    public static bool IsHostname(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length is 0 or > 253)
        {
            return false;
        }
        var labelStart = 0;
        for (var i = 0; i <= utf8.Length; i++)
        {
            if (i == utf8.Length || utf8[i] == '.')
            {
                var length = i - labelStart;
                if (length is 0 or > 63 || utf8[labelStart] == '-' || utf8[i - 1] == '-')
                {
                    return false;
                }
                labelStart = i + 1;
            }
            else if (!IsAlphaNumeric(utf8[i]) && utf8[i] != '-')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A dotted-quad IPv4 address: four decimals 0-255. No leading zeros (<c>01</c>), since many parsers read those
    /// as octal.
    /// </summary>
    public static bool IsIPv4(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length is < 7 or > 15)
        {
            return false;
        }
        var parts = 0;
        var i = 0;
        while (true)
        {
            var start = i;
            var value = 0;
            while (i < utf8.Length && i - start < 3 && IsDigit(utf8[i]))
            {
                value = value * 10 + (utf8[i++] - '0');
            }
            if (i == start || value > 255 || (i - start > 1 && utf8[start] == '0'))
            {
                return false;
            }
            parts++;
            if (i == utf8.Length)
            {
                return parts == 4;
            }
            if (utf8[i++] != '.' || parts == 4)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// An IPv6 address in an RFC 4291 §2.2 text form: eight groups of 1-4 hex digits, or fewer with one <c>::</c>
    /// standing for one or more zero groups, the last two groups optionally an IPv4 dotted quad. No zone id, no brackets.
    /// </summary>
    public static bool IsIPv6(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length is < 2 or > 45)
        {
            return false;
        }
        var groups = 0;
        var compressed = false;
        var i = 0;
        if (utf8[0] == ':')
        {
            // Only "::" may start an address; a single leading colon leaves an empty group.
            if (utf8[1] != ':')
            {
                return false;
            }
            compressed = true;
            i = 2;
            if (i == utf8.Length)
            {
                return true;
            }
        }
        while (true)
        {
            var start = i;
            while (i < utf8.Length && IsHex(utf8[i]))
            {
                i++;
            }
            if (i < utf8.Length && utf8[i] == '.')
            {
                // The IPv4 tail takes the place of the last two groups and ends the address.
                return IsIPv4(utf8[start..]) && (compressed ? groups + 2 <= 7 : groups + 2 == 8);
            }
            if (i - start is 0 or > 4)
            {
                return false;
            }
            groups++;
            if (i == utf8.Length)
            {
                break;
            }
            if (utf8[i++] != ':' || i == utf8.Length)
            {
                return false; // a character outside the grammar, or a single trailing colon
            }
            if (utf8[i] == ':')
            {
                if (compressed)
                {
                    return false; // "::" at most once, else the zero run's length is ambiguous
                }
                compressed = true;
                if (++i == utf8.Length)
                {
                    break;
                }
            }
        }
        // "::" stands for at least one group.
        return compressed ? groups <= 7 : groups == 8;
    }

    // ---- URIs (RFC 3986) ----

    /// <summary>
    /// An RFC 3986 <c>URI</c> (absolute, a fragment allowed): <c>scheme ":" hier-part ["?" query] ["#" fragment]</c>,
    /// each part of its own characters and well-formed <c>%HH</c> escapes; no spaces, no non-ASCII (that is an IRI).
    /// </summary>
    public static bool IsUri(ReadOnlySpan<byte> utf8)
    {
        var colon = SchemeEnd(utf8);
        return colon > 0 && IsPartsAfterScheme(utf8[(colon + 1)..]);
    }

    /// <summary>An RFC 3986 <c>URI-reference</c>: a <see cref="IsUri">URI</see> or a relative reference (the empty string is one).</summary>
    public static bool IsUriReference(ReadOnlySpan<byte> utf8)
    {
        var colon = SchemeEnd(utf8);
        if (colon > 0)
        {
            return IsPartsAfterScheme(utf8[(colon + 1)..]);
        }
        // relative-ref: path-noscheme forbids ":" in the first segment, which would read as a scheme.
        var firstSegment = utf8.IndexOfAny((byte)'/', (byte)'?', (byte)'#');
        return (firstSegment < 0 ? utf8 : utf8[..firstSegment]).IndexOf((byte)':') < 0 && IsPartsAfterScheme(utf8);
    }

    /// <summary>The index of the ":" ending a valid scheme (<c>ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )</c>), else -1.</summary>
    private static int SchemeEnd(ReadOnlySpan<byte> s)
    {
        if (s.IsEmpty || !IsAlpha(s[0]))
        {
            return -1;
        }
        for (var i = 1; i < s.Length; i++)
        {
            var b = s[i];
            if (b == ':')
            {
                return i;
            }
            if (!IsAlphaNumeric(b) && b is not ((byte)'+' or (byte)'-' or (byte)'.'))
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// hier-part or relative-part, then the optional query and fragment: <c>["//" authority] path ["?" query] ["#" fragment]</c>.
    /// </summary>
    private static bool IsPartsAfterScheme(ReadOnlySpan<byte> s)
    {
        var end = s.IndexOfAny((byte)'?', (byte)'#');
        var path = end < 0 ? s : s[..end];
        if (path is [(byte)'/', (byte)'/', ..])
        {
            // The authority runs to the next "/" (path-abempty), or to the end.
            var slash = path[2..].IndexOf((byte)'/');
            var authority = slash < 0 ? path[2..] : path.Slice(2, slash);
            if (!IsAuthority(authority))
            {
                return false;
            }
            path = path[(2 + authority.Length)..];
        }
        // Every path form is segments of pchar separated by "/".
        for (var i = 0; i < path.Length;)
        {
            if (path[i] == '/')
            {
                i++;
            }
            else if (!TrySkipPchar(path, ref i))
            {
                return false;
            }
        }
        return end < 0 || IsQueryAndFragment(s[end..]);
    }

    private static bool IsQueryAndFragment(ReadOnlySpan<byte> s)
    {
        // query = fragment = *( pchar / "/" / "?" ); only one "#", which starts the fragment.
        var inFragment = s[0] == '#';
        var i = 1;
        while (i < s.Length)
        {
            var b = s[i];
            if (b is (byte)'/' or (byte)'?')
            {
                i++;
            }
            else if (b == '#' && !inFragment)
            {
                inFragment = true;
                i++;
            }
            else if (!TrySkipPchar(s, ref i))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsAuthority(ReadOnlySpan<byte> s)
    {
        // authority = [ userinfo "@" ] host [ ":" port ]; userinfo = *( unreserved / pct-encoded / sub-delims / ":" ).
        var at = s.IndexOf((byte)'@');
        if (at >= 0)
        {
            var userinfo = s[..at];
            for (var i = 0; i < userinfo.Length;)
            {
                if (userinfo[i] == ':')
                {
                    i++;
                }
                else if (!TrySkipRegNameChar(userinfo, ref i))
                {
                    return false;
                }
            }
            s = s[(at + 1)..];
        }
        int hostEnd;
        if (s is [(byte)'[', ..])
        {
            // IP-literal = "[" ( IPv6address / IPvFuture ) "]"
            var close = s.IndexOf((byte)']');
            if (close < 0 || !IsIPLiteral(s[1..close]))
            {
                return false;
            }
            hostEnd = close + 1;
        }
        else
        {
            // reg-name = *( unreserved / pct-encoded / sub-delims ), possibly empty; IPv4address is a subset of it.
            hostEnd = 0;
            while (hostEnd < s.Length && s[hostEnd] != ':')
            {
                if (!TrySkipRegNameChar(s, ref hostEnd))
                {
                    return false;
                }
            }
        }
        if (hostEnd == s.Length)
        {
            return true;
        }
        // port = *DIGIT
        if (s[hostEnd] != ':')
        {
            return false;
        }
        foreach (var b in s[(hostEnd + 1)..])
        {
            if (!IsDigit(b))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsIPLiteral(ReadOnlySpan<byte> s)
    {
        if (s.IsEmpty || (s[0] | 0x20) != 'v')
        {
            return IsIPv6(s);
        }
        // IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
        var i = 1;
        while (i < s.Length && IsHex(s[i]))
        {
            i++;
        }
        if (i == 1 || i == s.Length || s[i] != '.' || ++i == s.Length)
        {
            return false;
        }
        for (; i < s.Length; i++)
        {
            if (!IsUnreserved(s[i]) && !IsSubDelim(s[i]) && s[i] != ':')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>pchar = unreserved / pct-encoded / sub-delims / ":" / "@"; advances past it.</summary>
    private static bool TrySkipPchar(ReadOnlySpan<byte> s, ref int i)
    {
        if (s[i] is (byte)':' or (byte)'@')
        {
            i++;
            return true;
        }
        return TrySkipRegNameChar(s, ref i);
    }

    /// <summary>unreserved / pct-encoded / sub-delims; advances past it (three bytes for "%HH").</summary>
    private static bool TrySkipRegNameChar(ReadOnlySpan<byte> s, ref int i)
    {
        var b = s[i];
        if (IsUnreserved(b) || IsSubDelim(b))
        {
            i++;
            return true;
        }
        if (b == '%' && i + 2 < s.Length && IsHex(s[i + 1]) && IsHex(s[i + 2]))
        {
            i += 3;
            return true;
        }
        return false;
    }

    private static bool IsUnreserved(byte b) => IsAlphaNumeric(b) || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~';

    private static bool IsSubDelim(byte b) => b is (byte)'!' or (byte)'$' or (byte)'&' or (byte)'\'' or (byte)'('
        or (byte)')' or (byte)'*' or (byte)'+' or (byte)',' or (byte)';' or (byte)'=';

    // ---- Identifiers ----

    /// <summary>An RFC 4122 UUID: 8-4-4-4-12 hex digits in either case. Any version and variant (JSON Schema checks only the form).</summary>
    public static bool IsUuid(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length != 36)
        {
            return false;
        }
        for (var i = 0; i < utf8.Length; i++)
        {
            if (i is 8 or 13 or 18 or 23 ? utf8[i] != '-' : !IsHex(utf8[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>An RFC 6901 JSON Pointer: empty, or "/"-prefixed reference tokens where "~" appears only as "~0" or "~1".</summary>
    public static bool IsJsonPointer(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return true;
        }
        if (utf8[0] != '/')
        {
            return false;
        }
        for (var i = 1; i < utf8.Length; i++)
        {
            if (utf8[i] == '~' && (++i == utf8.Length || utf8[i] is not ((byte)'0' or (byte)'1')))
            {
                return false;
            }
        }
        return true;
    }

    // ---- Bytes ----

    private static bool TryTwoDigits(ReadOnlySpan<byte> s, int index, out int value)
    {
        var tens = (uint)(s[index] - '0');
        var ones = (uint)(s[index + 1] - '0');
        value = (int)(tens * 10 + ones);
        return tens <= 9 && ones <= 9;
    }

    /// <summary>Skips one or more ASCII digits; false when there is none.</summary>
    private static bool TrySkipDigits(ReadOnlySpan<byte> s, ref int i)
    {
        var start = i;
        while (i < s.Length && IsDigit(s[i]))
        {
            i++;
        }
        return i > start;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    private static bool IsAlpha(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsAlphaNumeric(byte b) => IsDigit(b) || IsAlpha(b);

    private static bool IsHex(byte b) => IsDigit(b) || (uint)((b | 0x20) - 'a') <= 'f' - 'a';
}
