namespace ContractKit.Generator.Tests.Snapshots;

/// <summary>
/// A string enum whose values are spelled in three styles (SCREAMING_SNAKE, lower case, kebab-case), with a
/// description. Expected: Snapshots/Expected/Enum.*.cs.
/// </summary>
public sealed class EnumSnapshotTests
{
    private const string Spec = """
        openapi: 3.1.0
        info:
          title: Enum snapshot
          version: '1'
        paths: {}
        components:
          schemas:
            Platform:
              type: string
              description: The external platform a message was exchanged on.
              enum:
                - WEBSITE_CHAT
                - PHONE_CALL
                - sms
                - in-app
        """;

    public static SpecSnapshot Snapshot { get; } = new(
        Feature: "Enum",
        SpecPath: "/spec/enums.yaml",
        Spec: Spec,
        Namespace: "Snapshots.Enums",
        ClientName: "MessagingClient",
        HintPrefix: "Enums.9597d9");

    [Fact]
    public Task String_enum() => Snapshot.VerifyAsync();
}
