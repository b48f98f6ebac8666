using System.Text.RegularExpressions;
using ContractKit.Cli;
using ContractKit.Conformance.Tests.Infrastructure;

namespace ContractKit.Conformance.Tests;

/// <summary>`contractkit spec check` on valid specs, read as a person would read it.</summary>
public class SpecCheckTextOutputTests
{
    [Fact]
    public void Petstore_expanded_checks_clean_and_lists_its_four_operations()
    {
        var run = CliRun.Of("spec", "check", SharedSpecs.PetstoreExpanded);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("", run.Error);
        Assert.Contains("Operations (4)", run.Output);
        AssertOperationRow(run, "GET", "/pets", "findPets");
        AssertOperationRow(run, "POST", "/pets", "addPet");
        AssertOperationRow(run, "GET", "/pets/{id}", "find pet by id");
        AssertOperationRow(run, "DELETE", "/pets/{id}", "deletePet");
    }

    [Fact]
    public void Header_names_title_version_and_OpenAPI_version()
    {
        var run = CliRun.Of("spec", "check", SharedSpecs.PetstoreExpanded);

        Assert.Matches(new Regex(@"^Title\s+Swagger Petstore$", RegexOptions.Multiline), run.Output);
        Assert.Matches(new Regex(@"^Version\s+1\.0\.0$", RegexOptions.Multiline), run.Output);
        Assert.Matches(new Regex(@"^OpenAPI\s+3\.0 \(yaml\)$", RegexOptions.Multiline), run.Output);
    }

    [Fact]
    public void The_verdict_is_the_last_line()
    {
        var run = CliRun.Of("spec", "check", SharedSpecs.RedoclyMuseum);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.StartsWith("OK: 0 errors", run.Output.TrimEnd().Split('\n')[^1]);
    }

    [Fact]
    public void Inherited_security_is_marked_and_explained()
    {
        // The museum spec declares its security once, at the top level.
        var run = CliRun.Of("spec", "check", SharedSpecs.RedoclyMuseum);

        Assert.Matches(new Regex(@"^\s+GET\s+/museum-hours\s+getMuseumHours\s+MuseumPlaceholderAuth \*$", RegexOptions.Multiline), run.Output);
        Assert.Contains("* inherited from the document's top-level security", run.Output);
    }

    [Fact]
    public void OAuth2_scopes_are_listed_per_operation_and_per_scheme()
    {
        using var folder = new TempSpecDirectory();
        var spec = folder.Write("oauth.yaml", TestSpecs.OAuthWithExtensions);

        var run = CliRun.Of("spec", "check", spec);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        AssertOperationRow(run, "POST", "/messages", "pushMessages", "oauth2: messages.write");
        AssertOperationRow(run, "GET", "/health", "getHealth", "open (security: [])");
        Assert.Matches(new Regex(@"^\s+clientCredentials\s+tokenUrl=/oauth2/token$", RegexOptions.Multiline), run.Output);
        Assert.Matches(new Regex(@"^\s+messages\.write\s+Push messages\.$", RegexOptions.Multiline), run.Output);
    }

    [Fact]
    public void ContractKit_extensions_are_listed_with_their_location_and_value()
    {
        using var folder = new TempSpecDirectory();
        var spec = folder.Write("oauth.yaml", TestSpecs.OAuthWithExtensions);

        var run = CliRun.Of("spec", "check", spec);

        Assert.Contains("ContractKit extensions (2)", run.Output);
        Assert.Contains("x-contractkit-max-request-bytes  at #/paths/~1messages/post", run.Output);
        Assert.Contains("x-contractkit-not-future  at #/components/schemas/Message/properties/createdAt", run.Output);
        Assert.Contains("{\"allowedClockSkew\":\"PT5M\"}", run.Output);
        // Other vendors' extensions are not ContractKit's business.
        Assert.DoesNotContain("x-other-vendor", run.Output);
    }

    private static void AssertOperationRow(CliRun run, string method, string path, string operationId, string? security = null)
    {
        var end = security is null ? @"(\s|$)" : $@"\s+{Regex.Escape(security)}$";
        var row = $@"^\s+{Regex.Escape(method)}\s+{Regex.Escape(path)}\s+{Regex.Escape(operationId)}{end}";
        Assert.True(Regex.IsMatch(run.Output, row, RegexOptions.Multiline), $"No row for {method} {path} {operationId} {security}.\n{run}");
    }
}
