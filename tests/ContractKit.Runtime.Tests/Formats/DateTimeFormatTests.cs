using System.Text;
using ContractKit.Runtime.Validation;

namespace ContractKit.Runtime.Tests.Formats;

/// <summary>RFC 3339 §5.6 date-time, full-date and full-time: the RFC's own examples and the near misses people send.</summary>
public class DateTimeFormatTests
{
    [Theory]
    [InlineData("1985-04-12T23:20:50.52Z")] // RFC 3339 §5.8
    [InlineData("1996-12-19T16:39:57-08:00")] // RFC 3339 §5.8
    [InlineData("1990-12-31T23:59:60Z")] // RFC 3339 §5.8: a leap second
    [InlineData("1990-12-31T15:59:60-08:00")] // RFC 3339 §5.8: the same leap second, Pacific time
    [InlineData("1937-01-01T12:00:27.87+00:20")] // RFC 3339 §5.8: Netherlands time
    [InlineData("1963-06-19t08:30:06.283185z")] // "T" and "Z" in lower case (RFC 3339 §5.6 NOTE)
    [InlineData("2024-02-29T00:00:00Z")] // leap year
    [InlineData("2000-02-29T00:00:00Z")] // divisible by 400: leap year
    [InlineData("2024-01-01T00:00:00.123456789012+23:59")] // any fraction length; offsets up to 23:59
    [InlineData("0000-01-01T00:00:00Z")] // date-fullyear is any four digits
    public void Valid_date_time(string text) => Assert.True(JsonFormats.IsDateTime(Encoding.UTF8.GetBytes(text)), text);

    [Theory]
    [InlineData("")]
    [InlineData("2024-01-01T00:00:00")] // no offset
    [InlineData("2024-02-30T00:00:00Z")] // no 30 February
    [InlineData("2023-02-29T00:00:00Z")] // 2023 is not a leap year
    [InlineData("1900-02-29T00:00:00Z")] // divisible by 100, not by 400: not a leap year
    [InlineData("2024-04-31T00:00:00Z")] // April has 30 days
    [InlineData("2024-01-01 00:00:00Z")] // a space instead of T
    [InlineData("2024-13-01T00:00:00Z")] // month 13
    [InlineData("2024-00-01T00:00:00Z")] // month 0
    [InlineData("2024-01-00T00:00:00Z")] // day 0
    [InlineData("2024-01-01T24:00:00Z")] // hour 24
    [InlineData("2024-01-01T00:60:00Z")] // minute 60
    [InlineData("2024-01-01T00:00:61Z")] // second 61
    [InlineData("1998-12-31T23:58:60Z")] // a leap second on the wrong minute
    [InlineData("1998-12-31T22:59:60Z")] // a leap second on the wrong hour
    [InlineData("2024-01-01T00:00:00.Z")] // a dot with no fraction digit
    [InlineData("2024-01-01T00:00:00+24:00")] // offset hour 24
    [InlineData("2024-01-01T00:00:00+01:60")] // offset minute 60
    [InlineData("2024-01-01T00:00:00+0100")] // offset without colon
    [InlineData("2024-01-01T00:00:00+01")] // offset without minutes
    [InlineData("2024-01-01T00:00:00Z+01:00")] // both Z and an offset
    [InlineData("2024-01-01T00:00:00+01:00Z")] // both an offset and Z
    [InlineData("2024-1-01T00:00:00Z")] // unpadded month
    [InlineData("24-01-01T00:00:00Z")] // two-digit year
    [InlineData("2024-01-01T00:00Z")] // no seconds
    [InlineData("2024-01-01")] // a date alone
    [InlineData("2024-01-01T00:00:0\u0662Z")] // a non-ASCII digit (Arabic-Indic two)
    [InlineData("2024-01-01T00:00:00Z ")] // trailing space
    public void Invalid_date_time(string text) => Assert.False(JsonFormats.IsDateTime(Encoding.UTF8.GetBytes(text)), text);

    [Theory]
    [InlineData("1985-04-12T23:20:50.52Z", "1985-04-12T23:20:50.5200000+00:00")]
    [InlineData("1996-12-19T16:39:57-08:00", "1996-12-19T16:39:57.0000000-08:00")]
    [InlineData("2024-01-01T00:00:00.123456789Z", "2024-01-01T00:00:00.1234567+00:00")] // ticks keep seven digits
    [InlineData("1990-12-31T23:59:60Z", "1990-12-31T23:59:59.9999999+00:00")] // the leap second, clamped
    [InlineData("2024-01-01T20:00:00+20:00", "2024-01-01T00:00:00.0000000+00:00")] // offset beyond ±14:00: same instant, UTC
    public void TryParseDateTime_reads_the_instant(string text, string expected)
    {
        Assert.True(JsonFormats.TryParseDateTime(Encoding.UTF8.GetBytes(text), out var value));
        Assert.Equal(expected, value.ToString("O"));
    }

    [Theory]
    [InlineData("2024-01-01T00:00:00")] // not a date-time
    [InlineData("0000-01-01T00:00:00Z")] // valid RFC 3339, but no year 0 in DateTimeOffset
    [InlineData("0001-01-01T00:00:00+01:00")] // before year 1 in UTC
    [InlineData("9999-12-31T23:59:59-01:00")] // after year 9999 in UTC
    public void TryParseDateTime_fails_outside_the_grammar_or_the_range(string text)
        => Assert.False(JsonFormats.TryParseDateTime(Encoding.UTF8.GetBytes(text), out _), text);

    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("1985-04-12")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void Valid_date(string text) => Assert.True(JsonFormats.IsDate(Encoding.UTF8.GetBytes(text)), text);

    [Theory]
    [InlineData("")]
    [InlineData("2023-02-29")]
    [InlineData("2024-02-30")]
    [InlineData("2024-06-31")]
    [InlineData("2024-13-01")]
    [InlineData("2024-1-01")]
    [InlineData("2024/01/01")]
    [InlineData("20240101")]
    [InlineData("2024-01-01T00:00:00Z")]
    [InlineData("2024-01-0\u0661")] // a non-ASCII digit
    public void Invalid_date(string text) => Assert.False(JsonFormats.IsDate(Encoding.UTF8.GetBytes(text)), text);

    [Theory]
    [InlineData("08:30:06Z")]
    [InlineData("08:30:06.283185z")]
    [InlineData("16:39:57-08:00")]
    [InlineData("23:59:60Z")] // leap second in UTC
    [InlineData("01:29:60+01:30")] // leap second: 23:59 UTC
    [InlineData("15:59:60-08:00")] // leap second: 23:59 UTC
    [InlineData("00:29:60-23:30")] // leap second: 23:59 UTC on the previous day
    public void Valid_time(string text) => Assert.True(JsonFormats.IsTime(Encoding.UTF8.GetBytes(text)), text);

    [Theory]
    [InlineData("")]
    [InlineData("08:30:06")] // no offset
    [InlineData("22:59:60Z")] // leap second, wrong hour
    [InlineData("23:58:60Z")] // leap second, wrong minute
    [InlineData("24:00:00Z")]
    [InlineData("08:30Z")]
    [InlineData("8:30:06Z")]
    [InlineData("08:30:06+24:00")]
    [InlineData("08:30:06Z+00:30")]
    [InlineData("T08:30:06Z")]
    public void Invalid_time(string text) => Assert.False(JsonFormats.IsTime(Encoding.UTF8.GetBytes(text)), text);
}
