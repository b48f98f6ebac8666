using System.Text;

namespace ContractKit.Runtime.Http;

/// <summary>
/// Writes parameters as OpenAPI's <c>style</c>/<c>explode</c> table says (3.1, "Style Examples"), escaping every
/// text per RFC 3986: only unreserved characters stay as they are, unless <c>allowReserved</c> lets reserved ones
/// through too. Escaping each value before joining is what makes the result parse back: a comma inside a value is
/// <c>%2C</c>, so only the delimiters are commas.
/// </summary>
public static class ParameterWriter
{
    /// <summary>A path parameter, as it replaces <c>{name}</c> in the template (escaped).</summary>
    public static string Path(string name, ParameterStyle style, bool explode, ParameterValue value)
    {
        switch (style)
        {
            case ParameterStyle.Label:
                var labelSeparator = explode ? "." : ",";
                return "." + Join(value, labelSeparator, explode ? "=" : ",", allowReserved: false);
            case ParameterStyle.Matrix:
                var key = Escape(name, false);
                if (value.Items is { } items)
                {
                    return explode
                        ? string.Concat(items.Select(item => ";" + key + Assign(Escape(item, false))))
                        : ";" + key + Assign(string.Join(",", items.Select(item => Escape(item, false))));
                }
                if (value.Members is { } members && explode)
                {
                    return string.Concat(members.Select(m => ";" + Escape(m.Key, false) + Assign(Escape(m.Value, false))));
                }
                return ";" + key + Assign(Join(value, ",", ",", allowReserved: false));
            default:
                return Join(value, ",", explode ? "=" : ",", allowReserved: false);
        }
    }

    /// <summary>Appends a query parameter's pairs (<c>name=value</c>, escaped) to <paramref name="query"/>, <c>&amp;</c>-separated.</summary>
    public static void Query(StringBuilder query, string name, ParameterStyle style, bool explode, bool allowReserved, ParameterValue value)
    {
        var key = Escape(name, false);
        switch (style)
        {
            case ParameterStyle.DeepObject when value.Members is { } deep:
                foreach (var member in deep)
                {
                    Pair(query, key + "%5B" + Escape(member.Key, false) + "%5D", Escape(member.Value, allowReserved));
                }
                return;
            case ParameterStyle.SpaceDelimited or ParameterStyle.PipeDelimited when value.Scalar is null && !explode:
                // The pipe delimiter stays literal (OpenAPI 3.1.0's table: blue|black|brown) so that a '|' inside a value,
                // escaped as %7C, cannot be mistaken for it. A space delimiter is %20 as the spec says; a value holding a
                // space is then ambiguous, which the spec leaves so.
                var delimiter = style == ParameterStyle.SpaceDelimited ? "%20" : "|";
                Pair(query, key, Join(value, delimiter, delimiter, allowReserved));
                return;
        }
        if (explode && value.Items is { } items)
        {
            foreach (var item in items)
            {
                Pair(query, key, Escape(item, allowReserved));
            }
        }
        else if (explode && value.Members is { } members)
        {
            foreach (var member in members)
            {
                Pair(query, Escape(member.Key, false), Escape(member.Value, allowReserved));
            }
        }
        else
        {
            Pair(query, key, Join(value, ",", ",", allowReserved));
        }
    }

    /// <summary>A header value (style simple). Header values are not URL-escaped; control characters are refused
    /// by <see cref="System.Net.Http.Headers.HttpHeaders"/> itself.</summary>
    public static string Header(bool explode, ParameterValue value)
        => value.Scalar ?? (value.Items is { } items
            ? string.Join(",", items)
            : string.Join(",", value.Members!.Select(m => explode ? m.Key + "=" + m.Value : m.Key + "," + m.Value)));

    /// <summary>One or more cookie pairs (style form), <c>; </c>-separated, values escaped.</summary>
    public static string Cookie(string name, bool explode, ParameterValue value)
    {
        if (explode && value.Items is { } items)
        {
            return string.Join("; ", items.Select(item => name + "=" + Escape(item, false)));
        }
        if (explode && value.Members is { } members)
        {
            return string.Join("; ", members.Select(m => m.Key + "=" + Escape(m.Value, false)));
        }
        return name + "=" + Join(value, ",", ",", allowReserved: false);
    }

    /// <summary>
    /// Percent-encodes UTF-8 bytes of every character outside RFC 3986's unreserved set; with
    /// <paramref name="allowReserved"/>, its reserved set (<c>:/?#[]@!$&amp;'()*+,;=</c>) passes unescaped too.
    /// </summary>
    public static string Escape(string text, bool allowReserved)
    {
        StringBuilder? builder = null;
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnreserved(c) || (allowReserved && IsReserved(c)))
            {
                builder?.Append(c);
                continue;
            }
            builder ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                ? Encoding.UTF8.GetBytes(text.AsSpan(i++, 2), utf8)
                : Encoding.UTF8.GetBytes(char.IsSurrogate(c) ? "\uFFFD" : c.ToString(), utf8);
            for (var b = 0; b < length; b++)
            {
                builder.Append('%').Append("0123456789ABCDEF"[utf8[b] >> 4]).Append("0123456789ABCDEF"[utf8[b] & 0xF]);
            }
        }
        return builder?.ToString() ?? text;
    }

    private static bool IsUnreserved(char c)
        => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '.' or '_' or '~';

    private static bool IsReserved(char c) => ":/?#[]@!$&'()*+,;=".IndexOf(c) >= 0;

    /// <summary>Matrix writes <c>;name</c> for an empty value, <c>;name=value</c> otherwise.</summary>
    private static string Assign(string escaped) => escaped.Length == 0 ? "" : "=" + escaped;

    private static void Pair(StringBuilder query, string key, string escapedValue)
    {
        if (query.Length > 0)
        {
            query.Append('&');
        }
        query.Append(key).Append('=').Append(escapedValue);
    }

    /// <summary>A scalar alone, a list joined by <paramref name="separator"/>, an object's members as
    /// <c>k{pairSeparator}v</c> joined by <paramref name="separator"/>; every text escaped.</summary>
    private static string Join(ParameterValue value, string separator, string pairSeparator, bool allowReserved)
    {
        if (value.Scalar is { } scalar)
        {
            return Escape(scalar, allowReserved);
        }
        if (value.Items is { } items)
        {
            return string.Join(separator, items.Select(item => Escape(item, allowReserved)));
        }
        return string.Join(separator, value.Members!.Select(m => Escape(m.Key, false) + pairSeparator + Escape(m.Value, allowReserved)));
    }
}
