using System.Text;
using ContractKit.Runtime.Validation;

namespace ContractKit.Runtime.Tests.Formats;

/// <summary>hostname (RFC 1123), ipv4 (dotted quad) and ipv6 (RFC 4291 §2.2).</summary>
public class NetworkFormatTests
{
    [Theory]
    [InlineData("example.com")]
    [InlineData("www.example.com")]
    [InlineData("localhost")]
    [InlineData("1host")] // RFC 1123 §2.1 allows a leading digit
    [InlineData("host-name")]
    [InlineData("xn--nw2a.xn--j6w193g")] // an IDN's A-labels are plain LDH labels
    [InlineData("a")]
    public void Valid_hostname(string text) => Assert.True(JsonFormats.IsHostname(Encoding.UTF8.GetBytes(text)), text);

    [Fact]
    public void Hostname_limits_are_63_per_label_and_253_in_all()
    {
        var label63 = new string('a', 63);
        var name253 = string.Join('.', label63, label63, label63, new string('a', 61));

        Assert.True(JsonFormats.IsHostname(Encoding.UTF8.GetBytes(label63)));
        Assert.False(JsonFormats.IsHostname(Encoding.UTF8.GetBytes(label63 + "a")));
        Assert.True(JsonFormats.IsHostname(Encoding.UTF8.GetBytes(name253)));
        Assert.False(JsonFormats.IsHostname(Encoding.UTF8.GetBytes(name253 + "a")));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("example.com.")] // a final dot is not allowed here
    [InlineData(".example.com")]
    [InlineData("exa..mple.com")]
    [InlineData("-hostname")]
    [InlineData("hostname-")]
    [InlineData("host.-name")]
    [InlineData("_hostname")]
    [InlineData("not_a_valid_host_name")]
    [InlineData("exa mple.com")]
    [InlineData("ex\u00e4mple.com")] // non-ASCII: that is idn-hostname
    public void Invalid_hostname(string text) => Assert.False(JsonFormats.IsHostname(Encoding.UTF8.GetBytes(text)), text);

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.168.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("10.0.10.100")]
    public void Valid_ipv4(string text) => Assert.True(JsonFormats.IsIPv4(Encoding.UTF8.GetBytes(text)), text);

    [Theory]
    [InlineData("")]
    [InlineData("01.2.3.4")] // leading zero: octal to many parsers
    [InlineData("1.2.3.04")]
    [InlineData("1.2.3.00")]
    [InlineData("256.0.0.1")]
    [InlineData("1.2.3.1000")]
    [InlineData("1.2.3")]
    [InlineData("1.2.3.4.5")]
    [InlineData("1.2.3.4.")]
    [InlineData(".1.2.3")]
    [InlineData("1..2.3")]
    [InlineData("0x7f.0.0.1")]
    [InlineData("1.2.3.4/24")]
    [InlineData(" 1.2.3.4")]
    [InlineData("1.2.3.\u0664")] // a non-ASCII digit
    public void Invalid_ipv4(string text) => Assert.False(JsonFormats.IsIPv4(Encoding.UTF8.GetBytes(text)), text);

    [Theory]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("1::")]
    [InlineData("::ffff:192.0.2.1")]
    [InlineData("::192.0.2.1")]
    [InlineData("2001:db8::7")]
    [InlineData("2001:DB8:0:0:8:800:200C:417A")] // RFC 4291 §2.2 examples
    [InlineData("FF01::101")]
    [InlineData("0:0:0:0:0:0:13.1.68.3")]
    [InlineData("::FFFF:129.144.52.38")]
    [InlineData("1:2:3:4:5:6:7:8")]
    [InlineData("1:2:3:4:5:6:7::")] // "::" may stand for a single zero group
    [InlineData("::2:3:4:5:6:7:8")]
    [InlineData("1:2:3:4:5:6:1.2.3.4")]
    [InlineData("1::5:6:1.2.3.4")]
    public void Valid_ipv6(string text) => Assert.True(JsonFormats.IsIPv6(Encoding.UTF8.GetBytes(text)), text);

    [Theory]
    [InlineData("")]
    [InlineData(":")]
    [InlineData(":::")]
    [InlineData("1:::2")]
    [InlineData("12345::")] // five hex digits in a group
    [InlineData("1::2::3")] // "::" twice
    [InlineData(":1::")]
    [InlineData("1:")]
    [InlineData("1:2:3:4:5:6:7")] // seven groups, no "::"
    [InlineData("1:2:3:4:5:6:7:8:9")]
    [InlineData("1:2:3:4:5:6:7:8::")] // "::" must stand for at least one group
    [InlineData("1:2:3:4:5:6:7:1.2.3.4")] // the IPv4 tail is two groups
    [InlineData("::1.2.3")]
    [InlineData("::01.2.3.4")]
    [InlineData("::1.2.3.4:5")] // the IPv4 tail comes last
    [InlineData("1.2.3.4")]
    [InlineData("fe80::1%eth0")] // no zone id
    [InlineData("[::1]")] // no brackets
    [InlineData("::g")]
    [InlineData(" ::1")]
    public void Invalid_ipv6(string text) => Assert.False(JsonFormats.IsIPv6(Encoding.UTF8.GetBytes(text)), text);
}
