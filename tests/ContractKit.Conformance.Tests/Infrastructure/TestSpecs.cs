namespace ContractKit.Conformance.Tests.Infrastructure;

/// <summary>Small specs written for one test each; the public specs in shared/specs have no OAuth 2 or ContractKit extensions.</summary>
internal static class TestSpecs
{
    /// <summary>OAuth 2 with scopes, an operation opened with <c>security: []</c>, and two x-contractkit-* extensions.</summary>
    public const string OAuthWithExtensions = """
        openapi: 3.1.0
        info:
          title: Messages
          version: 2.0.0
        security:
          - oauth2: [messages.read]
        paths:
          /messages:
            post:
              operationId: pushMessages
              security:
                - oauth2: [messages.write]
              x-contractkit-max-request-bytes: 5242880
              x-other-vendor: true
              requestBody:
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/Message'
              responses:
                '201':
                  description: Stored.
          /health:
            get:
              operationId: getHealth
              security: []
              responses:
                '200':
                  description: Up.
        components:
          schemas:
            Message:
              type: object
              properties:
                createdAt:
                  type: string
                  format: date-time
                  x-contractkit-not-future:
                    allowedClockSkew: PT5M
          securitySchemes:
            oauth2:
              type: oauth2
              flows:
                clientCredentials:
                  tokenUrl: /oauth2/token
                  scopes:
                    messages.write: Push messages.
                    messages.read: Read messages.
        """;

    /// <summary>A Swagger 2.0 document, which Microsoft.OpenApi would read but ContractKit does not.</summary>
    public const string Swagger20 = """
        swagger: "2.0"
        info:
          title: Old API
          version: "1"
        paths:
          /things:
            get:
              operationId: listThings
              responses:
                "200":
                  description: OK
        """;

    /// <summary>YAML whose flow sequence, opened on line 3, is never closed.</summary>
    public const string MalformedYaml = """
        openapi: 3.0.3
        info:
          title: [unclosed
          version: 1.0.0
        paths: {}
        """;
}
