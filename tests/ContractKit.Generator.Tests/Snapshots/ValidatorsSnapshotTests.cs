namespace ContractKit.Generator.Tests.Snapshots;

/// <summary>
/// Validators for a small spec with one schema per keyword family: an object with required members and no others,
/// a string with a pattern and a format, a bounded array, numbers, and a discriminated union.
/// Expected: Snapshots/Expected/Validators.*.cs.
/// </summary>
public sealed class ValidatorsSnapshotTests
{
    private const string Spec = """
        openapi: 3.1.0
        info:
          title: Validators snapshot
          version: '1'
        paths: {}
        components:
          schemas:
            Guest:
              type: object
              description: A guest, by phone number.
              additionalProperties: false
              required: [phone, visits]
              properties:
                phone:
                  type: string
                  pattern: '^\+[1-9][0-9]{1,14}$'
                since:
                  type: string
                  format: date
                visits:
                  type: integer
                  minimum: 0
                  maximum: 1000
                tags:
                  type: array
                  maxItems: 3
                  uniqueItems: true
                  items:
                    type: string
                    minLength: 1
            Contact:
              oneOf:
                - $ref: '#/components/schemas/Phone'
                - $ref: '#/components/schemas/Email'
              discriminator:
                propertyName: kind
                mapping:
                  phone: '#/components/schemas/Phone'
                  email: '#/components/schemas/Email'
            Phone:
              type: object
              required: [kind]
              properties:
                kind:
                  const: phone
            Email:
              type: object
              required: [kind, address]
              properties:
                kind:
                  const: email
                address:
                  type: string
                  format: email
        """;

    public static SpecSnapshot Snapshot { get; } = new(
        Feature: "Validators",
        SpecPath: "/spec/validators.yaml",
        Spec: Spec,
        Namespace: "Snapshots.Validation",
        ClientName: "GuestClient",
        HintPrefix: "Validators.689056",
        Emit: "Validators");

    [Fact]
    public Task One_schema_per_keyword_family() => Snapshot.VerifyAsync();
}
