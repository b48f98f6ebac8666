namespace ContractKit.Generator.Emitting.Validators;

/// <summary>Names generated validators use, written once.</summary>
internal static class ValidatorCode
{
    public const string Runtime = "global::ContractKit.Runtime.Validation";
    public const string State = Runtime + ".JsonValidationState";
    public const string Checks = Runtime + ".JsonValidation";
    public const string Result = Runtime + ".ValidationResult";
    public const string Options = Runtime + ".ValidationOptions";
    public const string Token = "global::System.Text.Json.JsonTokenType";
    public const string Reader = "global::System.Text.Json.Utf8JsonReader";

    /// <summary>The private method that checks a node: <c>Check{Name}</c>.</summary>
    public static string Method(string node) => "Check" + node;

    /// <summary>The signature every node method has.</summary>
    public const string Parameters = "(ref " + Reader + " reader, ref " + State + " state)";
}
