using System.Text;
using ContractKit.Runtime.Validation;

namespace ContractKit.Runtime.Tests.Formats;

/// <summary>uri and uri-reference (RFC 3986).</summary>
public class UriFormatTests
{
    [Theory]
    [InlineData("https://x.y/p?q=1#f")]
    [InlineData("urn:isbn:0451450523")]
    [InlineData("http://foo.bar/?baz=qux#quux")]
    [InlineData("http://foo.com/blah_(wikipedia)_blah#cite-1")]
    [InlineData("http://foo.bar/?q=Test%20URL-encoded%20stuff")]
    [InlineData("http://xn--nw2a.xn--j6w193g/")]
    [InlineData("http://-.~_!$&'()*+,;=:%40:80%2f::::::@example.com")] // userinfo of every allowed kind
    [InlineData("http://223.255.255.254")]
    [InlineData("http://example.com:8080/path")]
    [InlineData("http://example.com:/path")] // port = *DIGIT may be empty
    [InlineData("ftp://ftp.is.co.za/rfc/rfc1808.txt")] // RFC 3986 §1.1.2 examples
    [InlineData("ldap://[2001:db8::7]/c=GB?objectClass?one")]
    [InlineData("mailto:John.Doe@example.com")]
    [InlineData("news:comp.infosystems.www.servers.unix")]
    [InlineData("tel:+1-816-555-1212")]
    [InlineData("telnet://192.0.2.16:80/")]
    [InlineData("urn:oasis:names:specification:docbook:dtd:xml:4.1.2")]
    [InlineData("file:///etc/hosts")] // empty host
    [InlineData("http://[v1.fe80::a+en1]/")] // IPvFuture
    [InlineData("a+b-c.d:")] // scheme characters; hier-part may be empty
    [InlineData("http://example.com/?q=a/b?c")] // "/" and "?" are query characters
    public void Valid_uri(string text) => Assert.True(JsonFormats.IsUri(Encoding.UTF8.GetBytes(text)), text);

    [Theory]
    [InlineData("")]
    [InlineData("/relative")]
    [InlineData("//foo.bar/?baz=qux#quux")] // network-path reference: no scheme
    [InlineData("abc")]
    [InlineData("http://exa mple.com")]
    [InlineData("http:// shouldfail.com")]
    [InlineData(":// should fail")]
    [InlineData("bar,baz:foo")] // "," is not a scheme character
    [InlineData("1http://example.com")] // a scheme starts with a letter
    [InlineData("\\\\WINDOWS\\fileshare")]
    [InlineData("https://example.org/foo\\bar")]
    [InlineData("https://example.org/foo<>.txt")]
    [InlineData("https://example.org/foo{}.txt")]
    [InlineData("https://example.org/foo^.txt")]
    [InlineData("https://example.org/foo`.txt")]
    [InlineData("https://example.org/\"x\"")]
    [InlineData("https://example.org/foo\u00ae.txt")] // non-ASCII: that is an IRI
    [InlineData("https://example.org/%zz")] // a broken escape
    [InlineData("https://example.org/%4")]
    [InlineData("https://example.org/#a#b")] // one "#" only
    [InlineData("https://[@example.org/test.txt")] // "[" in userinfo
    [InlineData("https://example.org:80a/")] // port is digits
    [InlineData("http://[1:::2]/")] // not an IPv6 address
    [InlineData("http://[::1")]
    [InlineData("http://a@b@c/")]
    public void Invalid_uri(string text) => Assert.False(JsonFormats.IsUri(Encoding.UTF8.GetBytes(text)), text);

    [Theory]
    [InlineData("")] // path-empty
    [InlineData("/relative")]
    [InlineData("//foo.bar/?baz=qux#quux")]
    [InlineData("abc")]
    [InlineData("../a/b?c")]
    [InlineData("#fragment")]
    [InlineData("?query")]
    [InlineData("a/b:c")] // ":" after the first segment
    [InlineData("./a:b")]
    [InlineData("https://x.y/p?q=1#f")]
    [InlineData("urn:isbn:0451450523")]
    public void Valid_uri_reference(string text) => Assert.True(JsonFormats.IsUriReference(Encoding.UTF8.GetBytes(text)), text);

    [Theory]
    [InlineData("http://exa mple.com")]
    [InlineData("\\\\WINDOWS\\fil\u00eb")]
    [InlineData("#frag\\ment")]
    [InlineData("bar,baz:foo")] // ":" in the first segment would read as a scheme
    [InlineData("a b")]
    [InlineData("%")]
    [InlineData("//[::1/x")]
    public void Invalid_uri_reference(string text) => Assert.False(JsonFormats.IsUriReference(Encoding.UTF8.GetBytes(text)), text);
}
