namespace ContractKit.Generator.Tests.Snapshots;

/// <summary>
/// A <c>oneOf</c> with a discriminator and a mapping, over two object components that belong to it alone: an
/// abstract base and two sealed variants that derive from it and know their own discriminator value.
/// Expected: Snapshots/Expected/Polymorphism.*.cs.
/// </summary>
public sealed class PolymorphismSnapshotTests
{
    private const string Spec = """
        openapi: 3.1.0
        info:
          title: Polymorphism snapshot
          version: '1'
        paths: {}
        components:
          schemas:
            MessageContent:
              description: The content of a message, text or e-mail.
              oneOf:
                - $ref: '#/components/schemas/TextContent'
                - $ref: '#/components/schemas/EmailContent'
              discriminator:
                propertyName: type
                mapping:
                  text: '#/components/schemas/TextContent'
                  email: '#/components/schemas/EmailContent'
            TextContent:
              type: object
              description: A plain text message.
              additionalProperties: false
              required:
                - type
                - text
              properties:
                type:
                  type: string
                  enum:
                    - text
                text:
                  type: string
                  description: The message text.
            EmailContent:
              type: object
              description: An e-mail.
              additionalProperties: false
              required:
                - type
                - subject
              properties:
                type:
                  type: string
                  enum:
                    - email
                subject:
                  type: string
                  description: The subject line; may be empty.
                html:
                  type: string
                  description: The HTML body, when there is one.
        """;

    public static SpecSnapshot Snapshot { get; } = new(
        Feature: "Polymorphism",
        SpecPath: "/spec/polymorphism.yaml",
        Spec: Spec,
        Namespace: "Snapshots.Polymorphism",
        ClientName: "MessagingClient",
        HintPrefix: "Polymorphism.6de6b6");

    [Fact]
    public Task OneOf_with_discriminator_is_an_abstract_base_with_sealed_variants() => Snapshot.VerifyAsync();
}
