namespace ContractKit.Generator.Emitting.Validators;

/// <summary>Names generated validators use, written once.</summary>
internal static class ValidatorCode
{
    public const string RuntimeNamespace = "global::ContractKit.Runtime.Validation";
    public const string State = RuntimeNamespace + ".JsonValidationState";
    public const string Checks = RuntimeNamespace + ".JsonValidation";
    public const string Result = RuntimeNamespace + ".ValidationResult";
    public const string Options = RuntimeNamespace + ".ValidationOptions";
    public const string Token = "global::System.Text.Json.JsonTokenType";
    /// <summary>What the validators walk a document with: the runtime's tokenizer, faster than the reader.</summary>
    public const string Scanner = RuntimeNamespace + ".JsonScanner";

    /// <summary>What the one-pass readers walk a document with: the reader the converters read from.</summary>
    public const string Reader = "global::System.Text.Json.Utf8JsonReader";

    /// <summary>The private method that checks a node: <c>Check{Name}</c>.</summary>
    public static string Method(string node) => "Check" + node;

    /// <summary>The signature every node method has.</summary>
    public const string Parameters = "(ref " + Scanner + " reader, ref " + State + " state)";

    /// <summary>The signature of a leaf's second method, for the one-pass readers that check it where their reader
    /// stands (the same body: the checks have both kinds of overloads).</summary>
    public const string ReaderParameters = "(ref " + Reader + " reader, ref " + State + " state)";

    /// <summary>Charges the work budget for the walk a copy (<c>copy</c>) made from where <c>reader</c> stands.</summary>
    public const string ChargeCopy = "state.Walked(reader.TokenStartIndex, copy.BytesConsumed);";
}
