using System.Text;
using ContractKit.Runtime.Validation;

namespace ContractKit.Runtime.Tests.Formats;

/// <summary>The dispatcher validators call: every known name goes to its check, unknown names pass.</summary>
public class FormatDispatchTests
{
    [Theory]
    [InlineData("date-time", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00")]
    [InlineData("date", "2024-01-01", "2024-01-32")]
    [InlineData("time", "00:00:00Z", "00:00:00")]
    [InlineData("duration", "P1D", "P")]
    [InlineData("email", "a@b.c", "a@")]
    [InlineData("hostname", "example.com", "-example.com")]
    [InlineData("ipv4", "1.2.3.4", "01.2.3.4")]
    [InlineData("ipv6", "::1", "1:::2")]
    [InlineData("uri", "https://x.y/", "/relative")]
    [InlineData("uri-reference", "/relative", "a b")]
    [InlineData("uuid", "00000000-0000-0000-0000-000000000000", "0000")]
    [InlineData("json-pointer", "/a", "a")]
    public void Known_format_is_checked(string format, string valid, string invalid)
    {
        Assert.True(JsonFormats.IsKnown(format));
        Assert.True(JsonFormats.Check(format, Encoding.UTF8.GetBytes(valid)));
        Assert.False(JsonFormats.Check(format, Encoding.UTF8.GetBytes(invalid)));
    }

    [Theory]
    [InlineData("regex")]
    [InlineData("idn-email")]
    [InlineData("iri")]
    [InlineData("int32")] // OpenAPI's numeric formats are not string formats
    [InlineData("Date-Time")] // format names are case-sensitive
    [InlineData("")]
    public void Unknown_format_passes(string format)
    {
        Assert.False(JsonFormats.IsKnown(format));
        Assert.True(JsonFormats.Check(format, Encoding.UTF8.GetBytes("not anything")));
    }
}
