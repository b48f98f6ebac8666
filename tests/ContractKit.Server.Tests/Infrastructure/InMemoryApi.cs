using System.Collections.Concurrent;
using System.Text.Json;
using ContractKit.Server.Tests.Api;

namespace ContractKit.Server.Tests.Infrastructure;

/// <summary>The messages pushed so far, shared by the scoped <see cref="InMemoryApi"/> instances of one server.</summary>
public sealed class MessageStore
{
    public object Gate { get; } = new();

    public Dictionary<string, string> ConversationByGuest { get; } = new();

    public Dictionary<string, (GuestIdentifier Guest, List<Message> Messages, DateTimeOffset CreatedAt)> Conversations { get; } = new();

    public int NextMessage { get; set; } = 1;

    /// <summary>The arguments the implementation was called with, for the tests that check binding.</summary>
    public ConcurrentQueue<string> Calls { get; } = new();
}

/// <summary>A simple implementation of the interface: groups messages by guest identifier, as the guide says.</summary>
public sealed class InMemoryApi(MessageStore store) : IUnifiedMessagingApi
{
    public Task<PushMessagesResult> PushMessagesAsync(string? idempotencyKey, PushMessagesRequest body, CancellationToken cancellationToken)
    {
        var created = new List<Message>();
        lock (store.Gate)
        {
            foreach (var pushed in body.Messages)
            {
                var key = JsonSerializer.Serialize(pushed.GuestIdentifier, UnifiedMessagingClientJson.GuestIdentifier);
                if (!store.ConversationByGuest.TryGetValue(key, out var conversationId))
                {
                    conversationId = "conv-" + (store.Conversations.Count + 1);
                    store.ConversationByGuest[key] = conversationId;
                    store.Conversations[conversationId] = (pushed.GuestIdentifier, [], pushed.MessageCreatedAt);
                }
                var message = new Message
                {
                    ConversationId = conversationId,
                    MessageId = $"msg-{store.NextMessage++:000}",
                    Direction = pushed.Direction,
                    Status = MessageStatus.Delivered,
                    CommunicationChannel = pushed.Platform,
                    Content = pushed.Content,
                    MessageCreatedAt = pushed.MessageCreatedAt,
                };
                store.Conversations[conversationId].Messages.Add(message);
                created.Add(message);
            }
        }
        return Task.FromResult(PushMessagesResult.Ok(created));
    }

    public Task<GetConversationResult> GetConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (store.Gate)
        {
            if (!store.Conversations.TryGetValue(conversationId, out var conversation))
            {
                return Task.FromResult(GetConversationResult.NotFound(NotFound(conversationId)));
            }
            return Task.FromResult(GetConversationResult.Ok(new Conversation
            {
                ConversationId = conversationId,
                GuestIdentifier = conversation.Guest,
                PmsPropertyIds = ["ACCOUNT"],
                Platforms = conversation.Messages.Select(m => m.CommunicationChannel).Distinct().ToList(),
                MessageCount = conversation.Messages.Count,
                FirstMessageAt = conversation.Messages.Min(m => m.MessageCreatedAt),
                LastMessageAt = conversation.Messages.Max(m => m.MessageCreatedAt),
                CreatedAt = conversation.CreatedAt,
            }));
        }
    }

    public Task<ListConversationMessagesResult> ListConversationMessagesAsync(string conversationId, int? page, int? size, CancellationToken cancellationToken)
    {
        store.Calls.Enqueue($"list {conversationId} page={page} size={size}");
        lock (store.Gate)
        {
            if (!store.Conversations.TryGetValue(conversationId, out var conversation))
            {
                return Task.FromResult(ListConversationMessagesResult.NotFound(NotFound(conversationId)));
            }
            var pageNumber = page ?? 0;
            var pageSize = size ?? 20;
            return Task.FromResult(ListConversationMessagesResult.Ok(new MessagePage
            {
                Items = conversation.Messages.Skip(pageNumber * pageSize).Take(pageSize).ToList(),
                Page = pageNumber,
                Size = pageSize,
                TotalElements = conversation.Messages.Count,
                TotalPages = (conversation.Messages.Count + pageSize - 1) / pageSize,
            }));
        }
    }

    private static Problem NotFound(string conversationId)
        => new() { Type = "about:blank", Title = "Not Found", Status = 404, Detail = $"Conversation {conversationId} does not exist." };
}
