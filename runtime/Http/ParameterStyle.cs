namespace ContractKit.Runtime.Http;

/// <summary>How a parameter's value is written on the wire (OpenAPI's <c>style</c>).</summary>
public enum ParameterStyle
{
    /// <summary><c>blue,black</c>; the default for path and header parameters.</summary>
    Simple,

    /// <summary><c>color=blue&amp;color=black</c>; the default for query and cookie parameters.</summary>
    Form,

    /// <summary><c>.blue.black</c> (path only).</summary>
    Label,

    /// <summary><c>;color=blue;color=black</c> (path only).</summary>
    Matrix,

    /// <summary><c>color=blue%20black</c> (query arrays).</summary>
    SpaceDelimited,

    /// <summary><c>color=blue|black</c> (query arrays).</summary>
    PipeDelimited,

    /// <summary><c>color%5BR%5D=100</c> (query objects with primitive members).</summary>
    DeepObject,
}
