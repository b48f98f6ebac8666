using System.Text.Json;
using ContractKit.Cli;
using ContractKit.Conformance.Tests.Infrastructure;

namespace ContractKit.Conformance.Tests;

/// <summary>Whatever goes wrong, `spec check` answers with a message and an exit code, never a stack trace.</summary>
public class SpecCheckFailureTests
{
    [Fact]
    public void A_missing_file_is_a_usage_error_naming_the_path()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"contractkit-no-such-spec-{Guid.NewGuid():N}.yaml");

        var run = CliRun.Of("spec", "check", missing);

        Assert.True(run.ExitCode == ExitCodes.UsageError, run.ToString());
        Assert.Equal($"contractkit: spec file not found: {missing}", run.Error.TrimEnd());
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void A_malformed_YAML_file_is_reported_with_its_line()
    {
        using var folder = new TempSpecDirectory();
        var spec = folder.Write("malformed.yaml", TestSpecs.MalformedYaml);

        var run = CliRun.Of("spec", "check", spec);

        Assert.True(run.ExitCode == ExitCodes.InputHasErrors, run.ToString());
        Assert.Equal("", run.Error);
        // The parser notices the unclosed '[' where the next line starts.
        Assert.Contains("Unable to parse the YAML document at line 4, column 10: While parsing a flow sequence", run.Output);
        Assert.DoesNotContain("Exception", run.Output);
        Assert.StartsWith("FAILED: 1 error", run.Output.TrimEnd().Split('\n')[^1]);
    }

    [Fact]
    public void A_malformed_YAML_file_still_gives_a_JSON_report()
    {
        using var folder = new TempSpecDirectory();
        var spec = folder.Write("malformed.yaml", TestSpecs.MalformedYaml);

        var run = CliRun.Of("spec", "check", spec, "--format", "json");

        Assert.True(run.ExitCode == ExitCodes.InputHasErrors, run.ToString());
        using var report = JsonDocument.Parse(run.Output);
        Assert.False(report.RootElement.GetProperty("contentsListed").GetBoolean());
        Assert.Equal(1, report.RootElement.GetProperty("errorCount").GetInt32());
    }

    [Fact]
    public void Swagger_2_is_reported_as_unsupported()
    {
        using var folder = new TempSpecDirectory();
        var spec = folder.Write("swagger.yaml", TestSpecs.Swagger20);

        var run = CliRun.Of("spec", "check", spec, "--format", "json");

        Assert.True(run.ExitCode == ExitCodes.InputHasErrors, run.ToString());
        using var report = JsonDocument.Parse(run.Output);
        var error = report.RootElement.GetProperty("errors")[0];
        Assert.Equal("#/swagger", error.GetProperty("pointer").GetString());
        Assert.Contains("Swagger 2.0 is not supported", error.GetProperty("message").GetString());
        // Operations the reader converted from 2.0 are not listed: the document is not one ContractKit will use.
        Assert.Empty(report.RootElement.GetProperty("operations").EnumerateArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData("just a string")]
    [InlineData("- a\n- b\n")]
    [InlineData("openapi: 3.0.3\ninfo: {title: x, version: '1'}\ninfo: {title: y, version: '1'}\npaths: {}\n")]
    [InlineData("{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"x\", \"version\": \"1\"}, \"paths\": {},}")]
    [InlineData("openapi: 4.0.0\ninfo: {title: x, version: '1'}\npaths: {}\n")]
    public void Text_that_is_not_a_usable_spec_is_reported_not_thrown(string text)
    {
        using var folder = new TempSpecDirectory();
        var spec = folder.Write("odd.yaml", text);

        var run = CliRun.Of("spec", "check", spec);

        Assert.True(run.ExitCode == ExitCodes.InputHasErrors, run.ToString());
        Assert.Equal("", run.Error);
        Assert.Matches(@"Errors \([1-9]", run.Output);
    }

    [Fact]
    public void A_security_requirement_naming_an_undeclared_scheme_is_an_error()
    {
        using var folder = new TempSpecDirectory();
        var spec = folder.Write("undeclared.yaml", """
            openapi: 3.1.0
            info: {title: x, version: '1'}
            paths:
              /a:
                get:
                  security: [{nope: [read]}]
                  responses: {'200': {description: OK}}
            """);

        var run = CliRun.Of("spec", "check", spec);

        Assert.True(run.ExitCode == ExitCodes.InputHasErrors, run.ToString());
        Assert.Contains("#/paths/~1a/get/security/0/nope", run.Output);
    }

    [Theory]
    [InlineData(new[] { "spec", "check" }, "Required argument missing")]
    [InlineData(new[] { "spec" }, "Required command was not provided")]
    [InlineData(new[] { "spec", "check", "x.yaml", "--format", "xml" }, "Argument 'xml' not recognized. Must be one of: 'text' 'json'")]
    [InlineData(new[] { "spec", "check", "x.yaml", "--bogus" }, "Unrecognized command or argument '--bogus'")]
    public void Command_line_mistakes_are_usage_errors(string[] args, string message)
    {
        var run = CliRun.Of(args);

        Assert.True(run.ExitCode == ExitCodes.UsageError, run.ToString());
        Assert.Contains(message, run.Error);
        Assert.Contains("--help' for usage.", run.Error);
    }

    [Fact]
    public void Help_is_not_an_error()
    {
        var run = CliRun.Of("spec", "check", "--help");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("--format <text|json>", run.Output);
    }

    [Fact]
    public void An_unexpected_exception_is_a_message_and_exit_code_3()
    {
        using var error = new StringWriter();

        var exitCode = Program.Run(["spec", "check", SharedSpecs.PetstoreExpanded], new BrokenWriter(), error);

        Assert.Equal(ExitCodes.InternalError, exitCode);
        Assert.StartsWith("contractkit: internal error: IOException: The pipe is closed.", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());
    }

    /// <summary>An output stream that fails the way a closed pipe does.</summary>
    private sealed class BrokenWriter : StringWriter
    {
        public override void Write(char value) => throw new IOException("The pipe is closed.");

        public override void Write(string? value) => throw new IOException("The pipe is closed.");

        public override void WriteLine(string? value) => throw new IOException("The pipe is closed.");
    }
}
