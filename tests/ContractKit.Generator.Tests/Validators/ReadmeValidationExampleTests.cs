using System.Reflection;
using System.Runtime.Loader;
using ContractKit.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ContractKit.Generator.Tests.Validators;

/// <summary>README.md's validation example, compiled against our spec's validators and run: its output must be what
/// the README shows.</summary>
public sealed class ReadmeValidationExampleTests
{
    private const string Example = """"
        using System;
        using System.Collections.Generic;
        using System.Text;
        using Acme.Pms;
        using ContractKit.Runtime.Validation;

        public static class ReadmeExample
        {
            public static string Run()
            {
                var lines = new List<string>();
                byte[] body = Encoding.UTF8.GetBytes("""
                    {"messages": [{
                      "guestIdentifier": {"type": "PHONENUMBER", "value": "+41 79 123 45 67"},
                      "platform": "WEBSITE_CHAT", "direction": "RECEIVED",
                      "messageCreatedAt": "2031-01-01T00:00:00Z"
                    }]}
                    """);
                ValidationResult result = PmsClientValidators.ValidatePushMessagesRequest(body);
                foreach (var error in result.Errors)
                {
                    lines.Add($"{error.Pointer} [{error.Keyword}] {error.Message}");
                }
                byte[] valid = Encoding.UTF8.GetBytes("""
                    {"messages": [{
                      "guestIdentifier": {"type": "EMAILADDRESS", "value": "guest@example.com"},
                      "platform": "WEBSITE_CHAT", "direction": "RECEIVED",
                      "content": {"type": "text", "text": {"text": "Hi"}},
                      "messageCreatedAt": "2026-02-10T10:30:00Z"
                    }]}
                    """);
                if (PmsClientValidators.ReadValidatedPushMessagesRequest(valid, out PushMessagesRequest? request).IsValid)
                {
                    lines.Add($"{request!.Messages.Count} message for {request.Messages[0].PmsPropertyId}");
                }
                return string.Join("\n", lines);
            }
        }
        """";

    /// <summary>The output as README.md shows it, after the example.</summary>
    private const string Output = """
        /messages/0/guestIdentifier/value [pattern] Must match the pattern ^\+[1-9][0-9]{1,14}$.
        /messages/0/messageCreatedAt [x-contractkit-not-future] Must not be in the future (clock skew of 00:05:00 allowed).
        /messages/0/content [required] Property 'content' is required.
        """;

    /// <summary>The one-pass read of a valid body, as README.md shows it.</summary>
    private const string OnePassOutput = """

        ```
        1 message for ACCOUNT
        ```
        """;

    [Fact]
    public void The_readme_validation_example_prints_what_the_readme_shows()
    {
        var spec = SpecInput.FromFile(RepositoryPaths.Spec("unified-messaging.yaml"), emit: "Models;Validators") with { Namespace = "Acme.Pms", ClientName = "PmsClient" };
        var driver = GeneratorHarness.CreateDriver(new[] { spec });
        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.EmptyCompilation(Example), out var compilation, out _);
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, GenerationResult.Describe(emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        var assembly = new AssemblyLoadContext("readme-validation", isCollectible: true).LoadFromStream(stream);

        var output = (string)assembly.GetType("ReadmeExample")!.GetMethod("Run")!.Invoke(null, null)!;

        Assert.Equal(Output.ReplaceLineEndings("\n") + "\n1 message for ACCOUNT", output);
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        Assert.Contains(Output.ReplaceLineEndings("\n"), readme);
        Assert.Contains(OnePassOutput.ReplaceLineEndings("\n"), readme);
    }
}
