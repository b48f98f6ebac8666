namespace ContractKit.Generator.Model.Operations;

/// <summary>
/// An operation that reads one page at a time: a page-number query parameter, a page-size one, and a success
/// response that is an object with one array of items. The client also gets <c>{Name}AllAsync</c>.
/// </summary>
/// <param name="PageParameter">The C# name of the page-number parameter.</param>
/// <param name="SizeParameter">The C# name of the page-size parameter.</param>
/// <param name="FirstPage">The number of the first page: the page parameter's default, else its minimum, else 0.</param>
/// <param name="ItemsProperty">The C# property of the response that holds the items.</param>
/// <param name="TotalPagesProperty">The C# property that counts the pages, when the response has one.</param>
internal sealed record PagingSpec(
    string PageParameter,
    string SizeParameter,
    int FirstPage,
    string ItemsProperty,
    TypeRef ItemType,
    string? TotalPagesProperty);
