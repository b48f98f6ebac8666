using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json.Nodes;
using ContractKit.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContractKit.Generator.Tests.Models;

/// <summary>README.md's example, compiled against the models of our spec and run: it must stay true.</summary>
public sealed class ReadmeExampleTests
{
    private const string Example = """
        using System;
        using System.Text.Json;
        using Acme.Pms;

        public static class ReadmeExample
        {
            public static string Run()
            {
                var request = new PushMessagesRequest
                {
                    Messages =
                    [
                        new PushMessage
                        {
                            GuestIdentifier = new PhoneNumberGuestIdentifier { Value = "+41791234567" },
                            Platform = Platform.WebsiteChat,
                            Direction = Direction.Received,
                            Content = new TextContent { Text = new TextBody { Text = "Hi, I would like to book a room." } },
                            MessageCreatedAt = DateTimeOffset.Parse("2026-02-10T10:30:00Z"),
                        },
                    ],
                };
                string json = JsonSerializer.Serialize(request, PmsClientJson.PushMessagesRequest);
                var back = JsonSerializer.Deserialize(json, PmsClientJson.PushMessagesRequest)!;
                return JsonSerializer.Serialize(back, PmsClientJson.PushMessagesRequest);
            }
        }
        """;

    [Fact]
    public void The_readme_example_compiles_and_writes_what_the_guide_shows()
    {
        var spec = SpecInput.FromFile(RepositoryPaths.Spec("unified-messaging.yaml")) with { Namespace = "Acme.Pms", ClientName = "PmsClient" };
        var driver = GeneratorHarness.CreateDriver(new[] { spec });
        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.EmptyCompilation(Example), out var compilation, out _);
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, GenerationResult.Describe(emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        var assembly = new AssemblyLoadContext("readme", isCollectible: true).LoadFromStream(stream);

        var json = (string)assembly.GetType("ReadmeExample")!.GetMethod("Run")!.Invoke(null, null)!;

        var message = JsonNode.Parse(json)!["messages"]![0]!;
        Assert.Equal("ACCOUNT", (string?)message["pmsPropertyId"]);
        Assert.Equal("PHONENUMBER", (string?)message["guestIdentifier"]!["type"]);
        Assert.Equal("+41791234567", (string?)message["guestIdentifier"]!["value"]);
        Assert.Equal("WEBSITE_CHAT", (string?)message["platform"]);
        Assert.Equal("text", (string?)message["content"]!["type"]);
        Assert.Equal("Hi, I would like to book a room.", (string?)message["content"]!["text"]!["text"]);
        Assert.Equal(DateTimeOffset.Parse("2026-02-10T10:30:00Z"), DateTimeOffset.Parse((string)message["messageCreatedAt"]!));
    }
}
