using System.Text;
using System.Text.Json;

namespace ContractKit.Benchmarks;

/// <summary>
/// The 100-message push body, built deterministically (no randomness, no clock) with Utf8JsonWriter so it depends on
/// neither serializer under test: half phone / half e-mail guests, half text / half e-mail content (the two halves
/// cross, so every combination occurs 25 times), a third with pmsPropertyId, both platforms and directions.
/// </summary>
public static class PushBody
{
    public const int MessageCount = 100;

    private static readonly string[] Sentences =
    [
        "Hi, I would like to book a room for next weekend.",
        "Of course! We have availability. Would you like a standard or deluxe room?",
        "Could you tell me whether breakfast is included in the rate and until what time it is served?",
        "We arrive late on Friday, probably around eleven in the evening. Is the reception open then?",
        "Thank you for your stay with us. We hope to welcome you again soon.",
        "Is there parking at the hotel, and can I charge an electric car there overnight?",
        "Your booking is confirmed: two nights, deluxe double room, breakfast included.",
        "Can we bring our dog? She is small and very quiet.",
    ];

    /// <summary>The body as UTF-8 JSON (about 40 KB, no indentation).</summary>
    public static byte[] Create(int count = MessageCount)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(48 * 1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            var start = new DateTimeOffset(2026, 2, 10, 8, 0, 0, TimeSpan.Zero);
            writer.WriteStartObject();
            writer.WriteStartArray("messages");
            for (var i = 0; i < count; i++)
            {
                writer.WriteStartObject();
                if (i % 3 == 0)
                {
                    writer.WriteString("pmsPropertyId", "PROP-ZRH-" + (i % 7 + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture));
                }
                writer.WriteStartObject("guestIdentifier");
                if (i % 2 == 0)
                {
                    writer.WriteString("type", "PHONENUMBER");
                    writer.WriteString("value", "+41791" + (234567 + i * 13).ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    writer.WriteString("type", "EMAILADDRESS");
                    writer.WriteString("value", $"guest.{i:000}@example.com");
                }
                writer.WriteEndObject();
                writer.WriteString("platform", i % 4 < 2 ? "WEBSITE_CHAT" : "PHONE_CALL");
                writer.WriteString("direction", i % 5 < 3 ? "RECEIVED" : "SENT");
                writer.WriteStartObject("content");
                var sentence = Sentences[i % Sentences.Length];
                if ((i / 2) % 2 == 0)
                {
                    writer.WriteString("type", "text");
                    writer.WriteStartObject("text");
                    writer.WriteString("text", sentence + " " + Sentences[(i + 3) % Sentences.Length]);
                    writer.WriteEndObject();
                }
                else
                {
                    writer.WriteString("type", "email");
                    writer.WriteStartObject("email");
                    writer.WriteString("subject", "Booking inquiry #" + (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    writer.WriteStartObject("content");
                    writer.WriteString("text", sentence);
                    if (i % 3 != 1)
                    {
                        writer.WriteString("html", "<p>" + sentence + "</p><p>Kind regards</p>");
                    }
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }
                writer.WriteEndObject();
                writer.WriteString("messageCreatedAt", start.AddSeconds(i * 97).UtcDateTime); // written with "Z"
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The body as a string, for looking at it.</summary>
    public static string CreateText() => Encoding.UTF8.GetString(Create());
}
