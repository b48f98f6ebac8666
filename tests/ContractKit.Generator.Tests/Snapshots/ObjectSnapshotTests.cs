namespace ContractKit.Generator.Tests.Snapshots;

/// <summary>
/// An object schema with every kind of property: required, optional, required-but-nullable, optional-and-nullable
/// (presence tracked), and defaults of three types. Expected: Snapshots/Expected/Object.*.cs.
/// </summary>
public sealed class ObjectSnapshotTests
{
    private const string Spec = """
        openapi: 3.1.0
        info:
          title: Object snapshot
          version: '1'
        paths: {}
        components:
          schemas:
            Room:
              type: object
              description: A room guests can book.
              additionalProperties: false
              required:
                - number
                - name
                - notes
              properties:
                number:
                  type: integer
                  format: int32
                  description: The room number on the door.
                name:
                  type: string
                  description: The room's name as guests see it.
                notes:
                  type:
                    - string
                    - 'null'
                  description: Housekeeping notes; required, but null when there are none.
                nickname:
                  type: string
                view:
                  type:
                    - string
                    - 'null'
                  description: What the window looks onto; an explicit null means "no window".
                capacity:
                  type: integer
                  format: int32
                  default: 2
                smoking:
                  type: boolean
                  default: false
                category:
                  type: string
                  default: STANDARD
        """;

    public static SpecSnapshot Snapshot { get; } = new(
        Feature: "Object",
        SpecPath: "/spec/objects.yaml",
        Spec: Spec,
        Namespace: "Snapshots.Objects",
        ClientName: "HotelClient",
        HintPrefix: "Objects.3626bf");

    [Fact]
    public Task Object_with_required_optional_nullable_and_default_properties() => Snapshot.VerifyAsync();
}
