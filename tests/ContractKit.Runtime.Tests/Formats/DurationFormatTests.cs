using System.Text;
using ContractKit.Runtime.Validation;

namespace ContractKit.Runtime.Tests.Formats;

/// <summary>The duration ABNF of RFC 3339 Appendix A, which is stricter than ISO 8601.</summary>
public class DurationFormatTests
{
    [Theory]
    [InlineData("P1D")]
    [InlineData("PT5M")]
    [InlineData("P1Y2M")]
    [InlineData("P1W")]
    [InlineData("P4Y")]
    [InlineData("P0D")]
    [InlineData("PT0S")]
    [InlineData("PT36H")]
    [InlineData("P1DT12H")]
    [InlineData("P1M3D")]
    [InlineData("P1Y2M3DT4H5M6S")]
    [InlineData("PT1M30S")]
    [InlineData("P2W")]
    [InlineData("p1dt2h")] // ABNF strings are case-insensitive (RFC 5234 §2.3)
    public void Valid_duration(string text) => Assert.True(JsonFormats.IsDuration(Encoding.UTF8.GetBytes(text)), text);

    [Theory]
    [InlineData("")]
    [InlineData("P")] // no unit
    [InlineData("PT")] // no time unit
    [InlineData("P1YT")] // "T" with no time unit
    [InlineData("1D")] // no "P"
    [InlineData("P1")] // a number without a unit
    [InlineData("PT1D")] // days in the time part
    [InlineData("P2S")] // seconds in the date part
    [InlineData("P2D1Y")] // units out of order
    [InlineData("P1D2H")] // hours without "T"
    [InlineData("P1Y2W")] // weeks combined with another unit
    [InlineData("P1WT1H")] // weeks combined with time
    [InlineData("P1Y1D")] // the ABNF skips no unit: year, then month, then day
    [InlineData("PT1H5S")] // likewise hour, minute, second
    [InlineData("P1.5D")] // no fractions in the ABNF
    [InlineData("P-1D")]
    [InlineData("PD")]
    [InlineData("P1D ")]
    [InlineData("P\u0662D")] // a non-ASCII digit
    public void Invalid_duration(string text) => Assert.False(JsonFormats.IsDuration(Encoding.UTF8.GetBytes(text)), text);
}
