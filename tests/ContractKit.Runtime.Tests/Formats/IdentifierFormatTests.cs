using System.Text;
using ContractKit.Runtime.Validation;

namespace ContractKit.Runtime.Tests.Formats;

/// <summary>uuid (RFC 4122 text form) and json-pointer (RFC 6901).</summary>
public class IdentifierFormatTests
{
    [Theory]
    [InlineData("2EB8AA08-AA98-11EA-B4AA-73B441D16380")]
    [InlineData("2eb8aa08-aa98-11ea-b4aa-73b441d16380")]
    [InlineData("2eb8aa08-AA98-11ea-B4Aa-73B441D16380")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("98d80576-482e-427f-8434-7f86890ab222")] // version 4
    [InlineData("99c17cbb-656f-564a-940f-1a4568f03487")] // version 5
    [InlineData("99c17cbb-656f-f64a-940f-1a4568f03487")] // any version: the format checks the form only
    public void Valid_uuid(string text) => Assert.True(JsonFormats.IsUuid(Encoding.UTF8.GetBytes(text)), text);

    [Theory]
    [InlineData("")]
    [InlineData("2eb8aa08-aa98-11ea-b4aa-73b441d1638")] // too short
    [InlineData("2eb8aa08-aa98-11ea-b4aa-73b441d163800")] // too long
    [InlineData("2eb8aa08-aa98-11ea-73b441d16380")] // a section missing
    [InlineData("2eb8aa08-aa98-11ea-b4ga-73b441d16380")] // not hex
    [InlineData("2eb8aa08aa9811eab4aa73b441d16380")] // no dashes
    [InlineData("2eb8aa08aa98-11ea-b4aa73b441d16380")]
    [InlineData("2eb8aa08-aa98-11ea-b4aa-73b44-1d16380")]
    [InlineData("2eb8-aa08-aa98-11eab4aa73b441d16380")] // dashes in the wrong places
    [InlineData("{2eb8aa08-aa98-11ea-b4aa-73b441d16380}")] // no braces
    public void Invalid_uuid(string text) => Assert.False(JsonFormats.IsUuid(Encoding.UTF8.GetBytes(text)), text);

    [Theory]
    [InlineData("")] // the whole document
    [InlineData("/")]
    [InlineData("/foo")]
    [InlineData("/foo/0")]
    [InlineData("/a~1b")] // RFC 6901 §5 examples
    [InlineData("/m~0n")]
    [InlineData("/c%d")]
    [InlineData("/ ")]
    [InlineData("/i\\j")]
    [InlineData("/k\"l")]
    [InlineData("//")]
    [InlineData("/\u00e9t\u00e9")] // any Unicode in a token
    public void Valid_json_pointer(string text) => Assert.True(JsonFormats.IsJsonPointer(Encoding.UTF8.GetBytes(text)), text);

    [Theory]
    [InlineData("foo")] // no leading "/"
    [InlineData("#/foo")] // a URI fragment, not a pointer
    [InlineData("/foo/~")]
    [InlineData("/foo/~2")]
    [InlineData("/~a")]
    public void Invalid_json_pointer(string text) => Assert.False(JsonFormats.IsJsonPointer(Encoding.UTF8.GetBytes(text)), text);
}
