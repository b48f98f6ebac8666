namespace ContractKit.Generator.Model.Operations;

/// <summary>Where a parameter travels (OpenAPI's <c>in</c>).</summary>
internal enum ParameterPlace
{
    Path,
    Query,
    Header,
    Cookie,
}

/// <summary>How a parameter's value is written (OpenAPI's <c>style</c>), for arrays and objects above all.</summary>
internal enum ParameterStyle
{
    Simple,
    Form,
    Label,
    Matrix,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
}

/// <summary>One parameter of an operation.</summary>
/// <param name="Name">The name on the wire, exactly as the spec spells it.</param>
/// <param name="CSharpName">A camelCase C# parameter name, unique in the operation and never a keyword.</param>
/// <param name="Type">The C# type; nullable when the parameter is optional.</param>
/// <param name="Style">The declared style, or the default for its place (form for query and cookie, simple otherwise).</param>
/// <param name="Explode">The declared explode, or its default (true for form, false otherwise).</param>
/// <param name="SchemaPointer">Where its schema stands: the validator entry with this pointer checks it.</param>
/// <param name="DefaultLiteral">A C# expression for the schema's <c>default</c>, which a server applies when absent.</param>
internal sealed record OperationParameterSpec(
    string Name,
    ParameterPlace Place,
    string CSharpName,
    TypeRef Type,
    bool IsRequired,
    ParameterStyle Style,
    bool Explode,
    bool AllowReserved,
    string SchemaPointer,
    string? DefaultLiteral,
    string? Description,
    bool IsDeprecated);
