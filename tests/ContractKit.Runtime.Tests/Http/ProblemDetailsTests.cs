using System.Text;
using ContractKit.Runtime.Http;

namespace ContractKit.Runtime.Tests.Http;

/// <summary>RFC 9457 problem documents, including its §3.1 rule that a member of the wrong type is ignored.</summary>
public class ProblemDetailsTests
{
    [Fact]
    public void The_standard_members_and_extensions_are_read()
    {
        var problem = ProblemDetails.TryParse(Encoding.UTF8.GetBytes(
            """{"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.","status":403,"detail":"Your current balance is 30, but that costs 50.","instance":"/account/12345/msgs/abc","balance":30}"""))!;

        Assert.Equal("https://example.com/probs/out-of-credit", problem.Type);
        Assert.Equal("You do not have enough credit.", problem.Title);
        Assert.Equal(403, problem.Status);
        Assert.Equal("Your current balance is 30, but that costs 50.", problem.Detail);
        Assert.Equal("/account/12345/msgs/abc", problem.Instance);
        Assert.Equal(30, problem.Extensions["balance"].GetInt32());
    }

    [Fact]
    public void Members_of_the_wrong_type_are_ignored_and_type_defaults_to_about_blank()
    {
        var problem = ProblemDetails.TryParse(Encoding.UTF8.GetBytes("""{"type":7,"status":"400","title":"x"}"""))!;

        Assert.Equal("about:blank", problem.Type);
        Assert.Null(problem.Status);
        Assert.Equal("x", problem.Title);
        Assert.Empty(problem.Extensions);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("not json")]
    [InlineData("")]
    public void Anything_but_a_JSON_object_is_no_problem_document(string text)
        => Assert.Null(ProblemDetails.TryParse(Encoding.UTF8.GetBytes(text)));
}
