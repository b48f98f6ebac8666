using System;

namespace ContractKit.Generator.Model.Validation;

/// <summary>The JSON types a schema's <c>type</c> allows. <see cref="Any"/> when it says nothing.</summary>
[Flags]
internal enum JsonTypes
{
    None = 0,
    Null = 1,
    Boolean = 2,
    Integer = 4,

    /// <summary>Any number; <see cref="Integer"/> alone allows only numbers without a fractional part.</summary>
    Number = 8,
    String = 16,
    Array = 32,
    Object = 64,
    Any = Null | Boolean | Integer | Number | String | Array | Object,
}
