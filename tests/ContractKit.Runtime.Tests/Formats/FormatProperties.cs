using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ContractKit.Tests.Shared;
using ContractKit.Runtime.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace ContractKit.Runtime.Tests.Formats;

/// <summary>The format checks agree with .NET's own formatting of the same values, across their whole range.</summary>
public class FormatProperties
{
    private const string RoundTripFormat = "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz";

    [Fact]
    public void Any_formatted_DateTimeOffset_is_a_date_time_that_parses_back_to_the_same_instant()
    {
        var property = Prop.ForAll(DateTimeOffsets.ToArbitrary(), value =>
        {
            var text = value.ToString(RoundTripFormat, CultureInfo.InvariantCulture);
            var bytes = Encoding.UTF8.GetBytes(text);
            var parsed = JsonFormats.TryParseDateTime(bytes, out var read);
            return (JsonFormats.IsDateTime(bytes) && parsed && read.UtcTicks == value.UtcTicks && read.Offset == value.Offset)
                .Label($"{text} read as {read:O}");
        });
        Check.One(PropertyConfig.Quick(500), property);
    }

    [Fact]
    public void A_formatted_DateTimeOffset_without_its_offset_is_not_a_date_time()
    {
        var property = Prop.ForAll(DateTimeOffsets.ToArbitrary(), value =>
        {
            var text = value.ToString(RoundTripFormat, CultureInfo.InvariantCulture)[..^6]; // "zzz" is always ±hh:mm
            var bytes = Encoding.UTF8.GetBytes(text);
            return (!JsonFormats.IsDateTime(bytes) && !JsonFormats.TryParseDateTime(bytes, out _)).Label(text);
        });
        Check.One(PropertyConfig.Quick(500), property);
    }

    [Fact]
    public void Any_IPv4_address_is_valid_ipv4()
    {
        var property = Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), 4).ToArbitrary(), bytes =>
        {
            var text = new IPAddress(bytes).ToString();
            return JsonFormats.IsIPv4(Encoding.UTF8.GetBytes(text)).Label(text);
        });
        Check.One(PropertyConfig.Quick(500), property);
    }

    [Fact]
    public void A_string_is_ipv4_exactly_when_dotnet_reads_it_as_that_same_canonical_address()
    {
        // .NET also reads "1", "0x7f.1" and "01.2.3.4"; the canonical text of what it read is the dotted quad itself.
        var property = Prop.ForAll(IPv4LikeStrings.ToArbitrary(), text =>
        {
            var canonical = IPAddress.TryParse(text, out var address) && address.AddressFamily == AddressFamily.InterNetwork
                && address.ToString() == text;
            return (JsonFormats.IsIPv4(Encoding.UTF8.GetBytes(text)) == canonical).Label(text).Classify(canonical, "valid");
        });
        Check.One(PropertyConfig.Quick(1000), property);
    }

    [Fact]
    public void Any_IPv6_address_is_valid_ipv6()
    {
        var property = Prop.ForAll(IPv6Addresses.ToArbitrary(), address =>
        {
            var text = address.ToString();
            return JsonFormats.IsIPv6(Encoding.UTF8.GetBytes(text)).Label(text);
        });
        Check.One(PropertyConfig.Quick(500), property);
    }

    [Fact]
    public void What_ipv6_accepts_dotnet_reads_as_the_same_address()
    {
        // Soundness only: .NET also reads forms RFC 4291 does not have (zone ids, brackets, leading zeros in the tail).
        var property = Prop.ForAll(IPv6LikeStrings.ToArbitrary(), text =>
        {
            var valid = JsonFormats.IsIPv6(Encoding.UTF8.GetBytes(text));
            var read = IPAddress.TryParse(text, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6;
            return (!valid || read).Label(text).Classify(valid, "valid");
        });
        Check.One(PropertyConfig.Quick(1000), property);
    }

    [Fact]
    public void Any_Guid_is_a_uuid_in_either_case()
    {
        var property = Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), 16).ToArbitrary(), bytes =>
        {
            var text = new Guid(bytes).ToString("D");
            return (JsonFormats.IsUuid(Encoding.UTF8.GetBytes(text)) && JsonFormats.IsUuid(Encoding.UTF8.GetBytes(text.ToUpperInvariant())))
                .Label(text);
        });
        Check.One(PropertyConfig.Quick(500), property);
    }

    [Fact]
    public void A_non_ASCII_character_anywhere_breaks_every_ASCII_format()
    {
        // Each format but json-pointer is an ASCII grammar; non-ASCII belongs to the idn-* and iri formats.
        var cases =
            from example in Gen.Elements(AsciiExamples)
            from position in Gen.Choose(0, example.Value.Length)
            from inserted in Gen.Elements('\u00e9', '\u00a0', '\u0662', '\u2028', '\u4e2d', '\ud83d')
            select (example.Format, Text: example.Value.Insert(position, inserted == '\ud83d' ? "\ud83d\ude00" : inserted.ToString()));
        var property = Prop.ForAll(cases.ToArbitrary(), c =>
            (!JsonFormats.Check(c.Format, Encoding.UTF8.GetBytes(c.Text))).Label($"{c.Format}: {c.Text}"));
        Check.One(PropertyConfig.Quick(500), property);
    }

    private static readonly (string Format, string Value)[] AsciiExamples =
    [
        ("date-time", "1996-12-19T16:39:57-08:00"), ("date", "1996-12-19"), ("time", "16:39:57.5Z"), ("duration", "P1Y2M3DT4H5M6S"),
        ("email", "joe.bloggs@example.com"), ("email", "\"joe bloggs\"@[IPv6:::1]"), ("hostname", "www.example.com"),
        ("ipv4", "192.168.0.1"), ("ipv6", "2001:db8::ffff:1.2.3.4"), ("uri", "https://user@x.y:80/p?q=1#f"),
        ("uri-reference", "../a/b?c#d"), ("uuid", "2eb8aa08-aa98-11ea-b4aa-73b441d16380"),
    ];

    /// <summary>Any instant DateTimeOffset holds, with any whole-minute offset up to ±14:00; days near month ends often.</summary>
    private static readonly Gen<DateTimeOffset> DateTimeOffsets =
        (from year in Gen.Frequency((1, Gen.Elements(1, 4, 100, 400, 1900, 2000, 9999)), (5, Gen.Choose(1, 9999)))
         from month in Gen.Choose(1, 12)
         from day in Gen.Frequency((1, Gen.Constant(31)), (3, Gen.Choose(1, 31)))
         from second in Gen.Choose(0, 86_399)
         from ticks in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(0, 999).Select(ms => ms * 10_000)), (2, Gen.Choose(0, 9_999_999)))
         from offset in Gen.Choose(-14 * 60, 14 * 60)
         let local = new DateTime(year, month, Math.Min(day, DateTime.DaysInMonth(year, month))).AddSeconds(second).AddTicks(ticks)
         let utcTicks = local.Ticks - offset * TimeSpan.TicksPerMinute
         where utcTicks >= DateTime.MinValue.Ticks && utcTicks <= DateTime.MaxValue.Ticks
         select new DateTimeOffset(local, TimeSpan.FromMinutes(offset)));

    /// <summary>Dotted quads, with leading zeros, out-of-range parts and wrong part counts often.</summary>
    private static readonly Gen<string> IPv4LikeStrings =
        from parts in Gen.Choose(1, 5)
        from values in Gen.ArrayOf(Gen.Frequency(
            (6, Gen.Choose(0, 255).Select(v => v.ToString(CultureInfo.InvariantCulture))),
            (1, Gen.Elements("00", "01", "007", "256", "999", "1000", "", "0x1", " 1", "1 "))), parts)
        select string.Join('.', values);

    /// <summary>IPv6 addresses with runs of zero groups, so that .NET prints "::" forms, and IPv4-mapped ones.</summary>
    private static readonly Gen<IPAddress> IPv6Addresses =
        from groups in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(0, 0xFFFF))), 8)
        from mapped in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new IPAddress(Bytes(mapped ? [0, 0, 0, 0, 0, 0xFFFF, groups[6], groups[7]] : groups), 0);

    private static byte[] Bytes(int[] groups) => groups.SelectMany(g => new[] { (byte)(g >> 8), (byte)g }).ToArray();

    /// <summary>Colon-separated hex groups, empty groups (hence "::" runs), IPv4 tails and near misses.</summary>
    private static readonly Gen<string> IPv6LikeStrings =
        from count in Gen.Choose(1, 10)
        from groups in Gen.ArrayOf(Gen.Frequency(
            (6, Gen.Choose(0, 0xFFFF).Select(v => v.ToString("x", CultureInfo.InvariantCulture))),
            (3, Gen.Constant("")),
            (1, Gen.Elements("1.2.3.4", "255.255.255.255", "01.2.3.4", "1.2.3", "12345", "g", "FFFF", "0000"))), count)
        select string.Join(':', groups);
}
