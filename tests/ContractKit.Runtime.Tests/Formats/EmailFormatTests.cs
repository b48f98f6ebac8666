using System.Text;
using ContractKit.Runtime.Validation;

namespace ContractKit.Runtime.Tests.Formats;

/// <summary>email: an RFC 5321 Mailbox in its practical form.</summary>
public class EmailFormatTests
{
    [Theory]
    [InlineData("a@b.c")]
    [InlineData("joe.bloggs@example.com")]
    [InlineData("\"john..doe\"@example.org")] // a quoted local part may hold what a dot-atom may not
    [InlineData("\"joe bloggs\"@example.com")] // qtextSMTP includes the space
    [InlineData("\"joe@bloggs\"@example.com")]
    [InlineData("\"a\\\"b\"@example.com")] // a quoted pair
    [InlineData("te~st@example.com")]
    [InlineData("~test@example.com")]
    [InlineData("first.last+tag@example.co.uk")]
    [InlineData("!#$%&'*+-/=?^_`{|}~@example.com")] // every atext symbol
    [InlineData("user@localhost")] // a single-label domain is a Domain
    [InlineData("joe.bloggs@[127.0.0.1]")]
    [InlineData("joe.bloggs@[IPv6:::1]")]
    [InlineData("joe.bloggs@[ipv6:2001:db8::7]")]
    public void Valid_email(string text) => Assert.True(JsonFormats.IsEmail(Encoding.UTF8.GetBytes(text)), text);

    [Theory]
    [InlineData("")]
    [InlineData("a@@b")]
    [InlineData("a b@c.d")] // whitespace outside quotes
    [InlineData("@b.c")]
    [InlineData("a@")]
    [InlineData("ab.c")]
    [InlineData(".test@example.com")]
    [InlineData("test.@example.com")]
    [InlineData("te..st@example.com")]
    [InlineData("joe.bloggs@invalid=domain.com")]
    [InlineData("joe.bloggs@[127.0.0.300]")]
    [InlineData("joe.bloggs@[IPv6:1:::2]")]
    [InlineData("joe.bloggs@[::1]")] // an IPv6 literal needs its tag
    [InlineData("joe@example.com.")]
    [InlineData("\"unterminated@example.com")]
    [InlineData("\"a\"b\"@example.com")] // an unescaped quote inside quotes
    [InlineData("user1@oceania.org, user2@oceania.org")]
    [InlineData("Joe <joe@example.com>")]
    [InlineData("j\u00f6e@example.com")] // non-ASCII: that is idn-email
    [InlineData("joe@ex\u00e4mple.com")]
    public void Invalid_email(string text) => Assert.False(JsonFormats.IsEmail(Encoding.UTF8.GetBytes(text)), text);

    [Fact]
    public void Local_part_is_at_most_64_bytes()
    {
        Assert.True(JsonFormats.IsEmail(Encoding.UTF8.GetBytes(new string('a', 64) + "@example.com")));
        Assert.False(JsonFormats.IsEmail(Encoding.UTF8.GetBytes(new string('a', 65) + "@example.com")));
    }
}
