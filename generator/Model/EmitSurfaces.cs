using System;

namespace ContractKit.Generator.Model;

/// <summary>What a <c>ContractKitSpec</c> item asks to emit (its <c>Emit</c> metadata).</summary>
[Flags]
internal enum EmitSurfaces
{
    None = 0,
    Models = 1,
    Validators = 2,
    Client = 4,
    Server = 8,
}
