using System.Text.Json;
using ContractKit.Cli;
using ContractKit.Conformance.Tests.Infrastructure;

namespace ContractKit.Conformance.Tests;

/// <summary>`contractkit spec check --format json`: the document CI scripts parse.</summary>
public class SpecCheckJsonOutputTests
{
    [Fact]
    public void Petstore_expanded_report_parses_and_lists_the_operations()
    {
        var run = CliRun.Of("spec", "check", SharedSpecs.PetstoreExpanded, "--format", "json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        using var report = JsonDocument.Parse(run.Output);
        var root = report.RootElement;
        Assert.Equal(1, root.GetProperty("reportVersion").GetInt32());
        Assert.Equal("ok", root.GetProperty("result").GetString());
        Assert.Equal("3.0", root.GetProperty("openApiVersion").GetString());
        Assert.Equal("Swagger Petstore", root.GetProperty("info").GetProperty("title").GetString());
        var operations = root.GetProperty("operations").EnumerateArray()
            .Select(operation => (
                operation.GetProperty("method").GetString(),
                operation.GetProperty("path").GetString(),
                operation.GetProperty("operationId").GetString()))
            .ToList();
        Assert.Equal(
            [("GET", "/pets", "findPets"), ("POST", "/pets", "addPet"), ("GET", "/pets/{id}", "find pet by id"), ("DELETE", "/pets/{id}", "deletePet")],
            operations);
    }

    [Fact]
    public void Every_property_is_present_even_when_empty()
    {
        // Scripts index into the report without checking for missing keys; the shape must not depend on the spec.
        var run = CliRun.Of("spec", "check", SharedSpecs.PetstoreExpanded, "--format", "json");

        using var report = JsonDocument.Parse(run.Output);
        var names = report.RootElement.EnumerateObject().Select(property => property.Name).ToList();
        Assert.Equal(
            ["reportVersion", "command", "specFile", "result", "errorCount", "warningCount", "openApiVersion", "format", "info",
             "contentsListed", "operations", "securitySchemes", "extensions", "errors", "warnings"],
            names);
    }

    [Fact]
    public void Security_extensions_and_schemes_carry_their_details()
    {
        using var folder = new TempSpecDirectory();
        var spec = folder.Write("oauth.yaml", TestSpecs.OAuthWithExtensions);

        var run = CliRun.Of("spec", "check", spec, "-f", "json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        using var report = JsonDocument.Parse(run.Output);
        var root = report.RootElement;

        var push = root.GetProperty("operations").EnumerateArray().Single(operation => operation.GetProperty("operationId").GetString() == "pushMessages");
        var security = push.GetProperty("security");
        Assert.Equal("operation", security.GetProperty("source").GetString());
        var scheme = security.GetProperty("alternatives")[0].GetProperty("schemes")[0];
        Assert.Equal("oauth2", scheme.GetProperty("scheme").GetString());
        Assert.Equal("oauth2", scheme.GetProperty("type").GetString());
        Assert.Equal(["messages.write"], scheme.GetProperty("scopes").EnumerateArray().Select(scope => scope.GetString()));

        var flow = root.GetProperty("securitySchemes")[0].GetProperty("flows")[0];
        Assert.Equal("clientCredentials", flow.GetProperty("flow").GetString());
        Assert.Equal(["messages.write", "messages.read"], flow.GetProperty("scopes").EnumerateArray().Select(scope => scope.GetProperty("name").GetString()));

        var notFuture = root.GetProperty("extensions").EnumerateArray().Single(extension => extension.GetProperty("name").GetString() == "x-contractkit-not-future");
        Assert.Equal("#/components/schemas/Message/properties/createdAt", notFuture.GetProperty("pointer").GetString());
        Assert.Equal("PT5M", notFuture.GetProperty("value").GetProperty("allowedClockSkew").GetString());
        var maxBytes = root.GetProperty("extensions").EnumerateArray().Single(extension => extension.GetProperty("name").GetString() == "x-contractkit-max-request-bytes");
        Assert.Equal(5242880, maxBytes.GetProperty("value").GetInt32());
    }

    [Fact]
    public void Errors_carry_their_JSON_pointers()
    {
        using var folder = new TempSpecDirectory();
        var spec = folder.Write("no-version.yaml", """
            openapi: 3.0.3
            info:
              title: No version
            paths: {}
            """);

        var run = CliRun.Of("spec", "check", spec, "--format", "json");

        Assert.True(run.ExitCode == ExitCodes.InputHasErrors, run.ToString());
        using var report = JsonDocument.Parse(run.Output);
        Assert.Equal("errors", report.RootElement.GetProperty("result").GetString());
        Assert.Contains(report.RootElement.GetProperty("errors").EnumerateArray(), error => error.GetProperty("pointer").GetString() == "#/info/version");
    }
}
