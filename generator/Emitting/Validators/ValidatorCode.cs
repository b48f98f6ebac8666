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
    public const string Reader = "global::System.Text.Json.Utf8JsonReader";

    /// <summary>The private method that checks a node: <c>Check{Name}</c>.</summary>
    public static string Method(string node) => "Check" + node;

    /// <summary>The signature every node method has.</summary>
    public const string Parameters = "(ref " + Reader + " reader, ref " + State + " state)";
}
