using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ContractKit.Runtime.Validation;

namespace ContractKit.Runtime.Tests.Patterns;

/// <summary>
/// A pattern on the backtracking engine can take exponential time on a crafted value (nested quantifiers behind a
/// lookahead). The validator must answer, not hang or throw: such a value does not match.
/// </summary>
public class BacktrackingTimeoutTests
{
    private const string Catastrophic = "^(?!z)(a+)+$";

    private static string Crafted => new string('a', 40) + "!";

    [Fact]
    public void A_value_that_runs_out_of_time_does_not_match_and_nothing_throws()
    {
        Assert.True(EcmaPattern.TryCreate(Catastrophic, out var regex, out var error), error);
        Assert.True(EcmaPattern.NeedsBacktracking(regex));
        Assert.Throws<RegexMatchTimeoutException>(() => regex.IsMatch(Crafted));

        Assert.False(OnReader(Crafted, regex));
        Assert.False(OnScanner(Crafted, regex));
    }

    [Fact]
    public void A_value_within_the_limit_matches_as_usual()
    {
        Assert.True(EcmaPattern.TryCreate(Catastrophic, out var regex, out _));

        Assert.True(OnReader(new string('a', 40), regex));
        Assert.True(OnScanner(new string('a', 40), regex));
        Assert.False(OnReader("z" + new string('a', 5), regex));
        Assert.False(OnScanner("z" + new string('a', 5), regex));
    }

    private static bool OnReader(string value, Regex regex)
    {
        var reader = new Utf8JsonReader(Json(value));
        reader.Read();
        return JsonValidation.MatchesPattern(ref reader, regex);
    }

    private static bool OnScanner(string value, Regex regex)
    {
        var scanner = new JsonScanner(Json(value), 64);
        scanner.Read();
        return JsonValidation.MatchesPattern(ref scanner, regex);
    }

    private static byte[] Json(string value) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value));
}
