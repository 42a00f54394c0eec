// Generated from /api/openapi.json by `npm run gen:api`. Do not edit: CI fails when stale.

export interface paths {
  "/api/v1/app-config": {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["AppConfig"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/api/v1/audit-events": {
    get: {
      parameters: {
        query: {
          "entityType": ("customer" | "contact" | "communication" | "need" | "follow_up" | "visit" | "user" | "team" | "strategy");
          "entityId": string;
          "after"?: number;
          "limit"?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
            items: components["schemas"]["AuditEvent"][]
            nextCursor: (string | null)
            };
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/api/v1/auth/login": {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["LoginInput"];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Session"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        429: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/auth/logout": {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        204: {
          headers: { [name: string]: unknown };
          content?: never;
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/auth/password": {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["PasswordChangeInput"];
        };
      };
      responses: {
        204: {
          headers: { [name: string]: unknown };
          content?: never;
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/auth/session": {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Session"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/api/v1/auth/tokens": {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
            items: components["schemas"]["ApiToken"][]
            };
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["ApiTokenCreateInput"];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["ApiTokenCreated"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/auth/tokens/{id}": {
    get?: never;
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        204: {
          headers: { [name: string]: unknown };
          content?: never;
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    patch?: never;
  };
  "/api/v1/calendar/feed": {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["CalendarFeedStatus"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["CalendarFeedCreated"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        204: {
          headers: { [name: string]: unknown };
          content?: never;
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    patch?: never;
  };
  "/api/v1/calendar/{file}": {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          "file": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": string;
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/api/v1/communications": {
    get: {
      parameters: {
        query?: {
          "limit"?: number;
          "cursor"?: string;
          "customerId"?: string;
          "channel"?: string;
          "authorId"?: string;
          "needId"?: string;
          "from"?: string;
          "to"?: string;
          "q"?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
            items: components["schemas"]["Communication"][]
            nextCursor: (string | null)
            };
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/api/v1/communications/{id}": {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Communication"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: {
          "if-match"?: string;
        };
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Communication"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        412: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        428: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    patch: {
      parameters: {
        query?: never;
        header?: {
          "if-match"?: string;
        };
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["CommunicationPatchInput"];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Communication"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        412: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        428: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
  };
  "/api/v1/communications/{id}/restore": {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: {
          "if-match"?: string;
        };
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Communication"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        412: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/contacts/{id}": {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Contact"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: {
          "if-match"?: string;
        };
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Contact"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        412: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        428: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    patch: {
      parameters: {
        query?: never;
        header?: {
          "if-match"?: string;
        };
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["ContactPatchInput"];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Contact"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        412: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        428: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
  };
  "/api/v1/contacts/{id}/restore": {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: {
          "if-match"?: string;
        };
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Contact"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        412: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/customers": {
    get: {
      parameters: {
        query?: {
          "limit"?: number;
          "cursor"?: string;
          "q"?: string;
          "status"?: string;
          "tier"?: string;
          "ownerId"?: string;
          "tag"?: string;
          "city"?: string;
          "updatedSince"?: string;
          "sort"?: ("name" | "-name" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt");
          "deleted"?: ("true" | "false");
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["CustomerPage"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: {
          "idempotency-key"?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["CustomerCreateInput"];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Customer"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/customers/{id}": {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Customer"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: {
          "if-match"?: string;
        };
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Customer"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        412: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        428: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    patch: {
      parameters: {
        query?: never;
        header?: {
          "if-match"?: string;
        };
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["CustomerPatchInput"];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Customer"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        412: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        428: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
  };
  "/api/v1/customers/{id}/communications": {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: {
          "idempotency-key"?: string;
        };
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["CommunicationCreateInput"];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["CommunicationCreated"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/customers/{id}/contacts": {
    get: {
      parameters: {
        query?: {
          "limit"?: number;
          "cursor"?: string;
          "deleted"?: ("true" | "false");
        };
        header?: never;
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["ContactPage"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: {
          "idempotency-key"?: string;
        };
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["ContactCreateInput"];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Contact"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/customers/{id}/follow-ups": {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: {
          "idempotency-key"?: string;
        };
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["FollowUpCreateInput"];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["FollowUp"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/customers/{id}/need-summary": {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["CustomerNeedSummary"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/api/v1/customers/{id}/needs": {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: {
          "idempotency-key"?: string;
        };
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["NeedCreateInput"];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Need"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/customers/{id}/restore": {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: {
          "if-match"?: string;
        };
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Customer"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        412: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/customers/{id}/timeline": {
    get: {
      parameters: {
        query?: {
          "limit"?: number;
          "cursor"?: string;
          "types"?: string;
        };
        header?: never;
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
            items: components["schemas"]["TimelineEntry"][]
            nextCursor: (string | null)
            };
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/api/v1/follow-ups": {
    get: {
      parameters: {
        query?: {
          "limit"?: number;
          "cursor"?: string;
          "assigneeId"?: string;
          "customerId"?: string;
          "needId"?: string;
          "status"?: string;
          "dueFrom"?: string;
          "dueBefore"?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
            items: components["schemas"]["FollowUp"][]
            nextCursor: (string | null)
            };
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/api/v1/follow-ups/{id}": {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["FollowUp"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch: {
      parameters: {
        query?: never;
        header?: {
          "if-match"?: string;
        };
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["FollowUpPatchInput"];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["FollowUp"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        412: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        428: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
  };
  "/api/v1/follow-ups/{id}/cancel": {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: {
          "if-match"?: string;
        };
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["FollowUpCompleteInput"];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["FollowUp"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        412: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/follow-ups/{id}/complete": {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: {
          "if-match"?: string;
        };
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["FollowUpCompleteInput"];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["FollowUp"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        412: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/me/day": {
    get: {
      parameters: {
        query?: {
          "date"?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["MyDay"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/api/v1/need-types": {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
            items: components["schemas"]["NeedType"][]
            };
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/api/v1/need-types/{key}": {
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          "key": string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["NeedTypePutInput"];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["NeedType"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/api/v1/needs": {
    get: {
      parameters: {
        query?: {
          "limit"?: number;
          "cursor"?: string;
          "customerId"?: string;
          "status"?: string;
          "type"?: string;
          "ownerId"?: string;
          "overdue"?: "true";
          "sort"?: ("dueAt" | "-createdAt");
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
            items: components["schemas"]["NeedListItem"][]
            nextCursor: (string | null)
            };
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/api/v1/needs/{id}": {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["NeedDetail"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch: {
      parameters: {
        query?: never;
        header?: {
          "if-match"?: string;
        };
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["NeedPatchInput"];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Need"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        412: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        428: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
  };
  "/api/v1/needs/{id}/links": {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["NeedLinkInput"];
        };
      };
      responses: {
        204: {
          headers: { [name: string]: unknown };
          content?: never;
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/needs/{id}/transition": {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: {
          "if-match"?: string;
        };
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["NeedTransitionInput"];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Need"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        412: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/notifications": {
    get: {
      parameters: {
        query?: {
          "limit"?: number;
          "cursor"?: string;
          "unread"?: ("true" | "false");
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["NotificationPage"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/api/v1/notifications/read-all": {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["NotificationsReadAll"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/notifications/{id}/read": {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Notification"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/strategies": {
    get: {
      parameters: {
        query?: {
          "limit"?: number;
          "cursor"?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["StrategyPage"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: {
          "idempotency-key"?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["StrategyCreateInput"];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Strategy"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/strategies/{id}": {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Strategy"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: {
          "if-match"?: string;
        };
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Strategy"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        412: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        428: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    patch: {
      parameters: {
        query?: never;
        header?: {
          "if-match"?: string;
        };
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["StrategyPatchInput"];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Strategy"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        412: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        428: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
  };
  "/api/v1/strategies/{id}/kpis": {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["StrategyKpis"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/api/v1/strategies/{id}/run": {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["StrategyRunResult"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/team/day": {
    get: {
      parameters: {
        query?: {
          "date"?: string;
          "teamId"?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["TeamDay"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/api/v1/teams": {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
            items: components["schemas"]["Team"][]
            };
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: {
          "idempotency-key"?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["TeamCreateInput"];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Team"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/teams/{id}": {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Team"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch: {
      parameters: {
        query?: never;
        header?: {
          "if-match"?: string;
        };
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["TeamPatchInput"];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Team"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        412: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        428: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
  };
  "/api/v1/users": {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
            items: components["schemas"]["User"][]
            };
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: {
          "idempotency-key"?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["UserCreateInput"];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["User"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/users/me": {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["User"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/api/v1/users/{id}": {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["User"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch: {
      parameters: {
        query?: never;
        header?: {
          "if-match"?: string;
        };
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["UserPatchInput"];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["User"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        412: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        428: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
  };
  "/api/v1/visit-exceptions": {
    get: {
      parameters: {
        query?: {
          "repId"?: string;
          "teamId"?: string;
          "kind"?: string;
          "from"?: string;
          "to"?: string;
          "limit"?: number;
          "cursor"?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["VisitExceptionPage"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/api/v1/visit-exceptions/counts": {
    get: {
      parameters: {
        query?: {
          "repId"?: string;
          "teamId"?: string;
          "kind"?: string;
          "from"?: string;
          "to"?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["VisitExceptionCounts"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/api/v1/visit-photos/{id}": {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "image/heic": string;
            "image/jpeg": string;
            "image/png": string;
            "image/webp": string;
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        410: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        204: {
          headers: { [name: string]: unknown };
          content?: never;
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    patch?: never;
  };
  "/api/v1/visit-plans": {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: {
          "idempotency-key"?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["VisitPlanCreateInput"];
        };
      };
      responses: {
        202: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["VisitPlan"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/visit-plans/{id}": {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["VisitPlan"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/api/v1/visit-plans/{id}/edits": {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: {
          "if-match"?: string;
        };
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["VisitPlanEditInput"];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["VisitPlan"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["VisitPlanEditProblem"];
          };
        };
        412: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        428: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/visit-plans/{id}/publish": {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
            plan: components["schemas"]["VisitPlan"]
            created: number
            replaced: number
            };
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["VisitPlanPublishProblem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/visit-plans/{id}/reoptimise": {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: {
          "if-match"?: string;
        };
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["VisitPlanReoptimiseInput"];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["VisitPlan"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        412: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        428: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/visits": {
    get: {
      parameters: {
        query?: {
          "limit"?: number;
          "cursor"?: string;
          "repId"?: string;
          "customerId"?: string;
          "from"?: string;
          "to"?: string;
          "status"?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
            items: components["schemas"]["Visit"][]
            nextCursor: (string | null)
            };
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: {
          "idempotency-key"?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["VisitCreateInput"];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Visit"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/visits/due": {
    get: {
      parameters: {
        query?: {
          "rep"?: string;
          "date"?: string;
          "limit"?: number;
          "all"?: ("true" | "false");
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
            items: components["schemas"]["DueCustomer"][]
            };
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/api/v1/visits/kpis": {
    get: {
      parameters: {
        query?: {
          "from"?: string;
          "to"?: string;
          "repId"?: string;
          "teamId"?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["VisitKpiReport"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/api/v1/visits/nearby": {
    get: {
      parameters: {
        query: {
          "lat": number;
          "lon": number;
          "until": string;
          "rep"?: string;
          "limit"?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
            items: components["schemas"]["DueCustomer"][]
            };
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/api/v1/visits/{id}": {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Visit"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch: {
      parameters: {
        query?: never;
        header?: {
          "if-match"?: string;
        };
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["VisitPatchInput"];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Visit"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        412: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        428: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
  };
  "/api/v1/visits/{id}/cancel": {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: {
          "if-match"?: string;
        };
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["VisitCancelInput"];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Visit"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        412: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/visits/{id}/check-in": {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["VisitCheckInInput"];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Visit"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/visits/{id}/check-out": {
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["VisitCheckOutInput"];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["Visit"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/api/v1/visits/{id}/photos": {
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["VisitPhotoList"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query: {
          "stage": ("check_in" | "check_out");
        };
        header?: never;
        path: {
          "id": string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/octet-stream": string;
          "image/heic": string;
          "image/heif": string;
          "image/jpeg": string;
          "image/png": string;
          "image/webp": string;
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["VisitPhoto"];
          };
        };
        201: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components["schemas"]["VisitPhoto"];
          };
        };
        400: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        401: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        403: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        404: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        409: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        422: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        503: {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
}

export interface components {
  schemas: {
    "ApiToken": {
    id: string
    name: string
    prefix: string
    createdAt: string
    lastUsedAt: (string | null)
    expiresAt: (string | null)
    revokedAt: (string | null)
    };
    "ApiTokenCreate": {
    name: string
    expiresInDays?: number
    };
    "ApiTokenCreateInput": {
    name: string
    expiresInDays?: number
    };
    "ApiTokenCreated": {
    id: string
    name: string
    prefix: string
    createdAt: string
    lastUsedAt: (string | null)
    expiresAt: (string | null)
    revokedAt: (string | null)
    token: string
    };
    "ApiTokenCreatedInput": {
    id: string
    name: string
    prefix: string
    createdAt: string
    lastUsedAt: (string | null)
    expiresAt: (string | null)
    revokedAt: (string | null)
    token: string
    };
    "ApiTokenInput": {
    id: string
    name: string
    prefix: string
    createdAt: string
    lastUsedAt: (string | null)
    expiresAt: (string | null)
    revokedAt: (string | null)
    };
    "AppConfig": {
    map: {
    tileUrl: string
    attribution: string
    crs: ("wgs84" | "gcj02")
    subdomains: string
    }
    visitRadiusM: number
    checkInWindowMarginMinutes: number
    photoMaxBytes: number
    sourceUrl: string
    };
    "AppConfigInput": {
    map: {
    tileUrl: string
    attribution: string
    crs: ("wgs84" | "gcj02")
    subdomains: string
    }
    visitRadiusM: number
    checkInWindowMarginMinutes: number
    photoMaxBytes: number
    sourceUrl: string
    };
    "AuditEvent": {
    id: number
    at: string
    actorId: (string | null)
    action: ("create" | "update" | "delete" | "restore")
    entityType: string
    entityId: string
    before: unknown
    after: unknown
    };
    "AuditEventInput": {
    id: number
    at: string
    actorId: (string | null)
    action: ("create" | "update" | "delete" | "restore")
    entityType: string
    entityId: string
    before: unknown
    after: unknown
    };
    "CalendarFeedCreated": {
    url: string
    webcalUrl: string
    createdAt: string
    };
    "CalendarFeedCreatedInput": {
    url: string
    webcalUrl: string
    createdAt: string
    };
    "CalendarFeedStatus": {
    exists: boolean
    createdAt: (string | null)
    };
    "CalendarFeedStatusInput": {
    exists: boolean
    createdAt: (string | null)
    };
    "Communication": {
    id: string
    customerId: string
    authorId: (string | null)
    channel: ("visit" | "phone" | "email" | "wechat" | "message" | "meeting" | "other")
    direction: ("in" | "out")
    occurredAt: string
    durationMin: (number | null)
    subject: (string | null)
    content: (string | null)
    outcome: (string | null)
    nextStep: (string | null)
    contactId: (string | null)
    needId: (string | null)
    visitId: (string | null)
    createdAt: string
    updatedAt: string
    deletedAt: (string | null)
    version: number
    };
    "CommunicationCreate": {
    channel: ("visit" | "phone" | "email" | "wechat" | "message" | "meeting" | "other")
    direction: ("in" | "out")
    occurredAt?: string
    durationMin?: (number | null)
    subject?: (string | null)
    content?: (string | null)
    outcome?: (string | null)
    nextStep?: (string | null)
    contactId?: (string | null)
    needId?: (string | null)
    visitId?: (string | null)
    needRelation: ("raised" | "served")
    followUp?: {
    kind: ("call" | "visit" | "email" | "message" | "wechat" | "other")
    dueAt: string
    assigneeId?: string
    notes?: (string | null)
    }
    };
    "CommunicationCreateInput": {
    channel: ("visit" | "phone" | "email" | "wechat" | "message" | "meeting" | "other")
    direction?: ("in" | "out")
    occurredAt?: string
    durationMin?: (number | null)
    subject?: (string | null)
    content?: (string | null)
    outcome?: (string | null)
    nextStep?: (string | null)
    contactId?: (string | null)
    needId?: (string | null)
    visitId?: (string | null)
    needRelation?: ("raised" | "served")
    followUp?: {
    kind: ("call" | "visit" | "email" | "message" | "wechat" | "other")
    dueAt: string
    assigneeId?: string
    notes?: (string | null)
    }
    };
    "CommunicationCreated": {
    id: string
    customerId: string
    authorId: (string | null)
    channel: ("visit" | "phone" | "email" | "wechat" | "message" | "meeting" | "other")
    direction: ("in" | "out")
    occurredAt: string
    durationMin: (number | null)
    subject: (string | null)
    content: (string | null)
    outcome: (string | null)
    nextStep: (string | null)
    contactId: (string | null)
    needId: (string | null)
    visitId: (string | null)
    createdAt: string
    updatedAt: string
    deletedAt: (string | null)
    version: number
    followUp: (components["schemas"]["FollowUp"] | null)
    };
    "CommunicationCreatedInput": {
    id: string
    customerId: string
    authorId: (string | null)
    channel: ("visit" | "phone" | "email" | "wechat" | "message" | "meeting" | "other")
    direction: ("in" | "out")
    occurredAt: string
    durationMin: (number | null)
    subject: (string | null)
    content: (string | null)
    outcome: (string | null)
    nextStep: (string | null)
    contactId: (string | null)
    needId: (string | null)
    visitId: (string | null)
    createdAt: string
    updatedAt: string
    deletedAt: (string | null)
    version: number
    followUp: (components["schemas"]["FollowUpInput"] | null)
    };
    "CommunicationInput": {
    id: string
    customerId: string
    authorId: (string | null)
    channel: ("visit" | "phone" | "email" | "wechat" | "message" | "meeting" | "other")
    direction: ("in" | "out")
    occurredAt: string
    durationMin: (number | null)
    subject: (string | null)
    content: (string | null)
    outcome: (string | null)
    nextStep: (string | null)
    contactId: (string | null)
    needId: (string | null)
    visitId: (string | null)
    createdAt: string
    updatedAt: string
    deletedAt: (string | null)
    version: number
    };
    "CommunicationPatch": {
    channel?: ("visit" | "phone" | "email" | "wechat" | "message" | "meeting" | "other")
    direction?: ("in" | "out")
    occurredAt?: string
    durationMin?: (number | null)
    subject?: (string | null)
    content?: (string | null)
    outcome?: (string | null)
    nextStep?: (string | null)
    contactId?: (string | null)
    };
    "CommunicationPatchInput": {
    channel?: ("visit" | "phone" | "email" | "wechat" | "message" | "meeting" | "other")
    direction?: ("in" | "out")
    occurredAt?: string
    durationMin?: (number | null)
    subject?: (string | null)
    content?: (string | null)
    outcome?: (string | null)
    nextStep?: (string | null)
    contactId?: (string | null)
    };
    "Contact": {
    id: string
    customerId: string
    name: string
    title: (string | null)
    phone: (string | null)
    email: (string | null)
    wechatId: (string | null)
    isPrimary: boolean
    notes: (string | null)
    createdAt: string
    updatedAt: string
    deletedAt: (string | null)
    version: number
    };
    "ContactCreate": {
    name: string
    title?: (string | null)
    phone?: (string | null)
    email?: (string | null)
    wechatId?: (string | null)
    isPrimary: boolean
    notes?: (string | null)
    };
    "ContactCreateInput": {
    name: string
    title?: (string | null)
    phone?: (string | null)
    email?: (string | null)
    wechatId?: (string | null)
    isPrimary?: boolean
    notes?: (string | null)
    };
    "ContactInput": {
    id: string
    customerId: string
    name: string
    title: (string | null)
    phone: (string | null)
    email: (string | null)
    wechatId: (string | null)
    isPrimary: boolean
    notes: (string | null)
    createdAt: string
    updatedAt: string
    deletedAt: (string | null)
    version: number
    };
    "ContactPage": {
    items: components["schemas"]["Contact"][]
    nextCursor: (string | null)
    };
    "ContactPageInput": {
    items: components["schemas"]["ContactInput"][]
    nextCursor: (string | null)
    };
    "ContactPatch": {
    name?: string
    title?: (string | null)
    phone?: (string | null)
    email?: (string | null)
    wechatId?: (string | null)
    isPrimary?: boolean
    notes?: (string | null)
    };
    "ContactPatchInput": {
    name?: string
    title?: (string | null)
    phone?: (string | null)
    email?: (string | null)
    wechatId?: (string | null)
    isPrimary?: boolean
    notes?: (string | null)
    };
    "Customer": {
    id: string
    kind: ("company" | "person")
    name: string
    tier: string
    status: ("lead" | "active" | "dormant" | "lost")
    ownerId: (string | null)
    industry: (string | null)
    source: (string | null)
    tags: string[]
    address: (string | null)
    city: (string | null)
    latitude: (number | null)
    longitude: (number | null)
    phone: (string | null)
    email: (string | null)
    visitWindows: ({
    /**
     * @maxItems 4
     */
    mon?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    tue?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    wed?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    thu?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    fri?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    sat?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    sun?: {
    from: string
    to: string
    }[]
    } | null)
    visitDurationMin: (number | null)
    visitMinDays: (number | null)
    visitMaxDays: (number | null)
    notes: (string | null)
    valueCents: (number | null)
    lastVisitedAt: (string | null)
    createdAt: string
    updatedAt: string
    deletedAt: (string | null)
    version: number
    };
    "CustomerCreate": {
    kind: ("company" | "person")
    name: string
    tier: ("A" | "B" | "C")
    status: ("lead" | "active" | "dormant" | "lost")
    ownerId?: (string | null)
    industry?: (string | null)
    source?: (string | null)
    /**
     * @maxItems 30
     */
    tags: string[]
    address?: (string | null)
    city?: (string | null)
    latitude?: (number | null)
    longitude?: (number | null)
    phone?: (string | null)
    email?: (string | null)
    visitWindows?: ({
    /**
     * @maxItems 4
     */
    mon?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    tue?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    wed?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    thu?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    fri?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    sat?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    sun?: {
    from: string
    to: string
    }[]
    } | null)
    visitDurationMin?: (number | null)
    visitMinDays?: (number | null)
    visitMaxDays?: (number | null)
    notes?: (string | null)
    valueCents?: (number | null)
    };
    "CustomerCreateInput": {
    kind?: ("company" | "person")
    name: string
    tier?: ("A" | "B" | "C")
    status?: ("lead" | "active" | "dormant" | "lost")
    ownerId?: (string | null)
    industry?: (string | null)
    source?: (string | null)
    /**
     * @maxItems 30
     */
    tags?: string[]
    address?: (string | null)
    city?: (string | null)
    latitude?: (number | null)
    longitude?: (number | null)
    phone?: (string | null)
    email?: (string | null)
    visitWindows?: ({
    /**
     * @maxItems 4
     */
    mon?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    tue?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    wed?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    thu?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    fri?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    sat?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    sun?: {
    from: string
    to: string
    }[]
    } | null)
    visitDurationMin?: (number | null)
    visitMinDays?: (number | null)
    visitMaxDays?: (number | null)
    notes?: (string | null)
    valueCents?: (number | null)
    };
    "CustomerInput": {
    id: string
    kind: ("company" | "person")
    name: string
    tier: string
    status: ("lead" | "active" | "dormant" | "lost")
    ownerId: (string | null)
    industry: (string | null)
    source: (string | null)
    tags: string[]
    address: (string | null)
    city: (string | null)
    latitude: (number | null)
    longitude: (number | null)
    phone: (string | null)
    email: (string | null)
    visitWindows: ({
    /**
     * @maxItems 4
     */
    mon?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    tue?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    wed?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    thu?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    fri?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    sat?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    sun?: {
    from: string
    to: string
    }[]
    } | null)
    visitDurationMin: (number | null)
    visitMinDays: (number | null)
    visitMaxDays: (number | null)
    notes: (string | null)
    valueCents: (number | null)
    lastVisitedAt: (string | null)
    createdAt: string
    updatedAt: string
    deletedAt: (string | null)
    version: number
    };
    "CustomerNeedSummary": {
    openNeeds: number
    overdueNeeds: number
    };
    "CustomerNeedSummaryInput": {
    openNeeds: number
    overdueNeeds: number
    };
    "CustomerPage": {
    items: components["schemas"]["Customer"][]
    nextCursor: (string | null)
    };
    "CustomerPageInput": {
    items: components["schemas"]["CustomerInput"][]
    nextCursor: (string | null)
    };
    "CustomerPatch": {
    kind?: ("company" | "person")
    name?: string
    tier?: ("A" | "B" | "C")
    status?: ("lead" | "active" | "dormant" | "lost")
    ownerId?: (string | null)
    industry?: (string | null)
    source?: (string | null)
    /**
     * @maxItems 30
     */
    tags?: string[]
    address?: (string | null)
    city?: (string | null)
    latitude?: (number | null)
    longitude?: (number | null)
    phone?: (string | null)
    email?: (string | null)
    visitWindows?: ({
    /**
     * @maxItems 4
     */
    mon?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    tue?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    wed?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    thu?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    fri?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    sat?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    sun?: {
    from: string
    to: string
    }[]
    } | null)
    visitDurationMin?: (number | null)
    visitMinDays?: (number | null)
    visitMaxDays?: (number | null)
    notes?: (string | null)
    valueCents?: (number | null)
    };
    "CustomerPatchInput": {
    kind?: ("company" | "person")
    name?: string
    tier?: ("A" | "B" | "C")
    status?: ("lead" | "active" | "dormant" | "lost")
    ownerId?: (string | null)
    industry?: (string | null)
    source?: (string | null)
    /**
     * @maxItems 30
     */
    tags?: string[]
    address?: (string | null)
    city?: (string | null)
    latitude?: (number | null)
    longitude?: (number | null)
    phone?: (string | null)
    email?: (string | null)
    visitWindows?: ({
    /**
     * @maxItems 4
     */
    mon?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    tue?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    wed?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    thu?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    fri?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    sat?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    sun?: {
    from: string
    to: string
    }[]
    } | null)
    visitDurationMin?: (number | null)
    visitMinDays?: (number | null)
    visitMaxDays?: (number | null)
    notes?: (string | null)
    valueCents?: (number | null)
    };
    "DueCustomer": {
    customerId: string
    name: string
    tier: string
    ownerId: (string | null)
    latitude: (number | null)
    longitude: (number | null)
    score: number
    due: boolean
    mandatory: boolean
    daysSinceLastVisit: (number | null)
    booked: boolean
    reasons: components["schemas"]["VisitReason"][]
    reasonText: string
    distanceKm?: number
    travelMinutes?: number
    };
    "DueCustomerInput": {
    customerId: string
    name: string
    tier: string
    ownerId: (string | null)
    latitude: (number | null)
    longitude: (number | null)
    score: number
    due: boolean
    mandatory: boolean
    daysSinceLastVisit: (number | null)
    booked: boolean
    reasons: components["schemas"]["VisitReasonInput"][]
    reasonText: string
    distanceKm?: number
    travelMinutes?: number
    };
    "ExceptionKindCounts": {
    out_of_radius: number
    unverified: number
    early: number
    late: number
    missed: number
    short: number
    };
    "ExceptionKindCountsInput": {
    out_of_radius: number
    unverified: number
    early: number
    late: number
    missed: number
    short: number
    };
    "FollowUp": {
    id: string
    customerId: string
    needId: (string | null)
    assigneeId: string
    kind: ("call" | "visit" | "email" | "message" | "wechat" | "other")
    dueAt: string
    notes: (string | null)
    status: ("open" | "done" | "cancelled")
    result: (string | null)
    completedAt: (string | null)
    overdue: boolean
    strategyId: (string | null)
    sourceCommunicationId: (string | null)
    createdAt: string
    updatedAt: string
    version: number
    };
    "FollowUpComplete": {
    result?: (string | null)
    };
    "FollowUpCompleteInput": {
    result?: (string | null)
    };
    "FollowUpCreate": {
    kind: ("call" | "visit" | "email" | "message" | "wechat" | "other")
    dueAt: string
    assigneeId?: string
    needId?: (string | null)
    notes?: (string | null)
    };
    "FollowUpCreateInput": {
    kind: ("call" | "visit" | "email" | "message" | "wechat" | "other")
    dueAt: string
    assigneeId?: string
    needId?: (string | null)
    notes?: (string | null)
    };
    "FollowUpInput": {
    id: string
    customerId: string
    needId: (string | null)
    assigneeId: string
    kind: ("call" | "visit" | "email" | "message" | "wechat" | "other")
    dueAt: string
    notes: (string | null)
    status: ("open" | "done" | "cancelled")
    result: (string | null)
    completedAt: (string | null)
    overdue: boolean
    strategyId: (string | null)
    sourceCommunicationId: (string | null)
    createdAt: string
    updatedAt: string
    version: number
    };
    "FollowUpPatch": {
    kind?: ("call" | "visit" | "email" | "message" | "wechat" | "other")
    dueAt?: string
    assigneeId?: string
    notes?: (string | null)
    };
    "FollowUpPatchInput": {
    kind?: ("call" | "visit" | "email" | "message" | "wechat" | "other")
    dueAt?: string
    assigneeId?: string
    notes?: (string | null)
    };
    "Login": {
    email: string
    password: string
    };
    "LoginInput": {
    email: string
    password: string
    };
    "MyDay": {
    date: string
    timeZone: string
    counts: {
    overdue: number
    today: number
    upcoming: number
    }
    overdue: components["schemas"]["FollowUp"][]
    today: components["schemas"]["FollowUp"][]
    upcoming: components["schemas"]["FollowUp"][]
    };
    "MyDayInput": {
    date: string
    timeZone: string
    counts: {
    overdue: number
    today: number
    upcoming: number
    }
    overdue: components["schemas"]["FollowUpInput"][]
    today: components["schemas"]["FollowUpInput"][]
    upcoming: components["schemas"]["FollowUpInput"][]
    };
    "Need": {
    id: string
    customerId: string
    type: string
    title: string
    detail: (string | null)
    importance: number
    urgency: ("low" | "normal" | "high" | "critical")
    status: ("open" | "in_progress" | "resolved" | "dropped")
    ownerId: (string | null)
    sourceCommunicationId: (string | null)
    dueAt: string
    overdue: boolean
    resolutionNote: (string | null)
    closedAt: (string | null)
    createdAt: string
    updatedAt: string
    version: number
    };
    "NeedCreate": {
    type: string
    title: string
    detail?: (string | null)
    importance: number
    urgency: ("low" | "normal" | "high" | "critical")
    ownerId?: string
    dueAt?: string
    sourceCommunicationId?: string
    };
    "NeedCreateInput": {
    type: string
    title: string
    detail?: (string | null)
    importance?: number
    urgency?: ("low" | "normal" | "high" | "critical")
    ownerId?: string
    dueAt?: string
    sourceCommunicationId?: string
    };
    "NeedDetail": {
    id: string
    customerId: string
    type: string
    title: string
    detail: (string | null)
    importance: number
    urgency: ("low" | "normal" | "high" | "critical")
    status: ("open" | "in_progress" | "resolved" | "dropped")
    ownerId: (string | null)
    sourceCommunicationId: (string | null)
    dueAt: string
    overdue: boolean
    resolutionNote: (string | null)
    closedAt: (string | null)
    createdAt: string
    updatedAt: string
    version: number
    history: {
    from: (string | null)
    to: string
    note: (string | null)
    actorId: (string | null)
    at: string
    }[]
    links: {
    communicationId: string
    relation: ("raised" | "served")
    occurredAt: string
    channel: string
    subject: (string | null)
    }[]
    visits: {
    visitId: string
    plannedStart: string
    status: string
    }[]
    allowedTransitions: ("open" | "in_progress" | "resolved" | "dropped")[]
    };
    "NeedDetailInput": {
    id: string
    customerId: string
    type: string
    title: string
    detail: (string | null)
    importance: number
    urgency: ("low" | "normal" | "high" | "critical")
    status: ("open" | "in_progress" | "resolved" | "dropped")
    ownerId: (string | null)
    sourceCommunicationId: (string | null)
    dueAt: string
    overdue: boolean
    resolutionNote: (string | null)
    closedAt: (string | null)
    createdAt: string
    updatedAt: string
    version: number
    history: {
    from: (string | null)
    to: string
    note: (string | null)
    actorId: (string | null)
    at: string
    }[]
    links: {
    communicationId: string
    relation: ("raised" | "served")
    occurredAt: string
    channel: string
    subject: (string | null)
    }[]
    visits: {
    visitId: string
    plannedStart: string
    status: string
    }[]
    allowedTransitions: ("open" | "in_progress" | "resolved" | "dropped")[]
    };
    "NeedInput": {
    id: string
    customerId: string
    type: string
    title: string
    detail: (string | null)
    importance: number
    urgency: ("low" | "normal" | "high" | "critical")
    status: ("open" | "in_progress" | "resolved" | "dropped")
    ownerId: (string | null)
    sourceCommunicationId: (string | null)
    dueAt: string
    overdue: boolean
    resolutionNote: (string | null)
    closedAt: (string | null)
    createdAt: string
    updatedAt: string
    version: number
    };
    "NeedLink": {
    communicationId: string
    relation: ("raised" | "served")
    };
    "NeedLinkInput": {
    communicationId: string
    relation?: ("raised" | "served")
    };
    "NeedListItem": {
    id: string
    customerId: string
    type: string
    title: string
    detail: (string | null)
    importance: number
    urgency: ("low" | "normal" | "high" | "critical")
    status: ("open" | "in_progress" | "resolved" | "dropped")
    ownerId: (string | null)
    sourceCommunicationId: (string | null)
    dueAt: string
    overdue: boolean
    resolutionNote: (string | null)
    closedAt: (string | null)
    createdAt: string
    updatedAt: string
    version: number
    customerName: (string | null)
    ownerName: (string | null)
    };
    "NeedListItemInput": {
    id: string
    customerId: string
    type: string
    title: string
    detail: (string | null)
    importance: number
    urgency: ("low" | "normal" | "high" | "critical")
    status: ("open" | "in_progress" | "resolved" | "dropped")
    ownerId: (string | null)
    sourceCommunicationId: (string | null)
    dueAt: string
    overdue: boolean
    resolutionNote: (string | null)
    closedAt: (string | null)
    createdAt: string
    updatedAt: string
    version: number
    customerName: (string | null)
    ownerName: (string | null)
    };
    "NeedPatch": {
    type?: string
    title?: string
    detail?: (string | null)
    importance?: number
    urgency?: ("low" | "normal" | "high" | "critical")
    ownerId?: string
    dueAt?: string
    };
    "NeedPatchInput": {
    type?: string
    title?: string
    detail?: (string | null)
    importance?: number
    urgency?: ("low" | "normal" | "high" | "critical")
    ownerId?: string
    dueAt?: string
    };
    "NeedTransition": {
    to: ("open" | "in_progress" | "resolved" | "dropped")
    note?: (string | null)
    };
    "NeedTransitionInput": {
    to: ("open" | "in_progress" | "resolved" | "dropped")
    note?: (string | null)
    };
    "NeedType": {
    key: string
    labelEn: string
    labelZh: string
    slaDays: number[]
    active: boolean
    };
    "NeedTypeInput": {
    key: string
    labelEn: string
    labelZh: string
    slaDays: number[]
    active: boolean
    };
    "NeedTypePut": {
    labelEn: string
    labelZh: string
    /**
     * @minItems 5
     * @maxItems 5
     */
    slaDays: number[]
    active: boolean
    };
    "NeedTypePutInput": {
    labelEn: string
    labelZh: string
    /**
     * @minItems 5
     * @maxItems 5
     */
    slaDays: number[]
    active?: boolean
    };
    "Notification": {
    id: string
    kind: string
    title: string
    body: (string | null)
    params: {
    [k: string]: string | null | undefined
    }
    followUpId: (string | null)
    customerId: (string | null)
    createdAt: string
    readAt: (string | null)
    emailedAt: (string | null)
    };
    "NotificationInput": {
    id: string
    kind: string
    title: string
    body: (string | null)
    params: {
    [k: string]: string | null | undefined
    }
    followUpId: (string | null)
    customerId: (string | null)
    createdAt: string
    readAt: (string | null)
    emailedAt: (string | null)
    };
    "NotificationPage": {
    items: components["schemas"]["Notification"][]
    nextCursor: (string | null)
    unreadCount: number
    };
    "NotificationPageInput": {
    items: components["schemas"]["NotificationInput"][]
    nextCursor: (string | null)
    unreadCount: number
    };
    "NotificationsReadAll": {
    updated: number
    unreadCount: number
    };
    "NotificationsReadAllInput": {
    updated: number
    unreadCount: number
    };
    "PasswordChange": {
    currentPassword: string
    newPassword: string
    };
    "PasswordChangeInput": {
    currentPassword: string
    newPassword: string
    };
    "Problem": {
    type: string
    title: string
    status: number
    code: string
    detail: string
    field?: string
    rule?: string
    errors?: {
    field: string
    rule: string
    message: string
    params?: {
    [k: string]: number | undefined
    }
    }[]
    };
    "ProblemInput": {
    type: string
    title: string
    status: number
    code: string
    detail: string
    field?: string
    rule?: string
    errors?: {
    field: string
    rule: string
    message: string
    params?: {
    [k: string]: number | undefined
    }
    }[]
    };
    "Session": {
    user: components["schemas"]["User"]
    via: ("session" | "token")
    csrfToken: (string | null)
    expiresAt: (string | null)
    };
    "SessionInput": {
    user: components["schemas"]["UserInput"]
    via: ("session" | "token")
    csrfToken: (string | null)
    expiresAt: (string | null)
    };
    "Strategy": {
    id: string
    name: string
    goal: (string | null)
    segment: components["schemas"]["StrategySegment"]
    channel: ("visit" | "phone" | "email" | "wechat" | "message" | "meeting" | "other")
    followUpKind: ("call" | "visit" | "email" | "message" | "wechat" | "other")
    cadence: {
    everyDays?: number
    rrule?: string
    dueOffsetDays?: number
    }
    template: (string | null)
    active: boolean
    teamId: (string | null)
    createdBy: (string | null)
    anchorAt: string
    lastRunAt: (string | null)
    nextRunAt: (string | null)
    createdAt: string
    updatedAt: string
    version: number
    };
    "StrategyCadence": ({
    everyDays: number
    dueOffsetDays?: number
    } | {
    rrule: string
    dueOffsetDays?: number
    });
    "StrategyCadenceInput": ({
    everyDays: number
    dueOffsetDays?: number
    } | {
    rrule: string
    dueOffsetDays?: number
    });
    "StrategyCreate": {
    name: string
    goal?: (string | null)
    segment: components["schemas"]["StrategySegment"]
    channel: ("visit" | "phone" | "email" | "wechat" | "message" | "meeting" | "other")
    followUpKind: ("call" | "visit" | "email" | "message" | "wechat" | "other")
    cadence: components["schemas"]["StrategyCadence"]
    template?: (string | null)
    active: boolean
    teamId?: (string | null)
    anchorAt?: string
    };
    "StrategyCreateInput": {
    name: string
    goal?: (string | null)
    segment?: components["schemas"]["StrategySegmentInput"]
    channel: ("visit" | "phone" | "email" | "wechat" | "message" | "meeting" | "other")
    followUpKind: ("call" | "visit" | "email" | "message" | "wechat" | "other")
    cadence: components["schemas"]["StrategyCadenceInput"]
    template?: (string | null)
    active?: boolean
    teamId?: (string | null)
    anchorAt?: string
    };
    "StrategyInput": {
    id: string
    name: string
    goal: (string | null)
    segment: components["schemas"]["StrategySegmentInput"]
    channel: ("visit" | "phone" | "email" | "wechat" | "message" | "meeting" | "other")
    followUpKind: ("call" | "visit" | "email" | "message" | "wechat" | "other")
    cadence: {
    everyDays?: number
    rrule?: string
    dueOffsetDays?: number
    }
    template: (string | null)
    active: boolean
    teamId: (string | null)
    createdBy: (string | null)
    anchorAt: string
    lastRunAt: (string | null)
    nextRunAt: (string | null)
    createdAt: string
    updatedAt: string
    version: number
    };
    "StrategyKpis": {
    followUpsCreated: number
    done: number
    doneOnTime: number
    open: number
    overdue: number
    customersReached: number
    customersTargeted: number
    };
    "StrategyKpisInput": {
    followUpsCreated: number
    done: number
    doneOnTime: number
    open: number
    overdue: number
    customersReached: number
    customersTargeted: number
    };
    "StrategyPage": {
    items: components["schemas"]["Strategy"][]
    nextCursor: (string | null)
    };
    "StrategyPageInput": {
    items: components["schemas"]["StrategyInput"][]
    nextCursor: (string | null)
    };
    "StrategyPatch": {
    name?: string
    goal?: (string | null)
    segment?: components["schemas"]["StrategySegment"]
    channel?: ("visit" | "phone" | "email" | "wechat" | "message" | "meeting" | "other")
    followUpKind?: ("call" | "visit" | "email" | "message" | "wechat" | "other")
    cadence?: components["schemas"]["StrategyCadence"]
    template?: (string | null)
    active?: boolean
    teamId?: (string | null)
    anchorAt?: string
    };
    "StrategyPatchInput": {
    name?: string
    goal?: (string | null)
    segment?: components["schemas"]["StrategySegmentInput"]
    channel?: ("visit" | "phone" | "email" | "wechat" | "message" | "meeting" | "other")
    followUpKind?: ("call" | "visit" | "email" | "message" | "wechat" | "other")
    cadence?: components["schemas"]["StrategyCadenceInput"]
    template?: (string | null)
    active?: boolean
    teamId?: (string | null)
    anchorAt?: string
    };
    "StrategyRunResult": {
    created: number
    matched: number
    period: string
    periodStart: string
    dueAt: string
    };
    "StrategyRunResultInput": {
    created: number
    matched: number
    period: string
    periodStart: string
    dueAt: string
    };
    "StrategySegment": {
    /**
     * @minItems 1
     * @maxItems 3
     */
    tier?: ("A" | "B" | "C")[]
    /**
     * @minItems 1
     * @maxItems 4
     */
    status?: ("lead" | "active" | "dormant" | "lost")[]
    /**
     * @minItems 1
     * @maxItems 30
     */
    tags?: string[]
    /**
     * @minItems 1
     * @maxItems 200
     */
    ownerIds?: string[]
    teamId?: string
    minDaysSinceLastCommunication?: number
    hasOpenNeeds?: boolean
    };
    "StrategySegmentInput": {
    /**
     * @minItems 1
     * @maxItems 3
     */
    tier?: ("A" | "B" | "C")[]
    /**
     * @minItems 1
     * @maxItems 4
     */
    status?: ("lead" | "active" | "dormant" | "lost")[]
    /**
     * @minItems 1
     * @maxItems 30
     */
    tags?: string[]
    /**
     * @minItems 1
     * @maxItems 200
     */
    ownerIds?: string[]
    teamId?: string
    minDaysSinceLastCommunication?: number
    hasOpenNeeds?: boolean
    };
    "Team": {
    id: string
    name: string
    managerId: (string | null)
    createdAt: string
    updatedAt: string
    version: number
    };
    "TeamCreate": {
    name: string
    managerId: (string | null)
    };
    "TeamCreateInput": {
    name: string
    managerId?: (string | null)
    };
    "TeamDay": {
    date: string
    members: {
    userId: string
    name: string
    role: string
    overdue: number
    today: number
    upcoming: number
    doneToday: number
    }[]
    };
    "TeamDayInput": {
    date: string
    members: {
    userId: string
    name: string
    role: string
    overdue: number
    today: number
    upcoming: number
    doneToday: number
    }[]
    };
    "TeamInput": {
    id: string
    name: string
    managerId: (string | null)
    createdAt: string
    updatedAt: string
    version: number
    };
    "TeamPatch": {
    name?: string
    managerId?: (string | null)
    };
    "TeamPatchInput": {
    name?: string
    managerId?: (string | null)
    };
    "TimelineEntry": ({
    type: "communication"
    at: string
    communication: components["schemas"]["Communication"]
    } | {
    type: "need_status"
    at: string
    needStatus: {
    needId: string
    title: string
    needType: string
    from: (string | null)
    to: string
    note: (string | null)
    actorId: (string | null)
    }
    } | {
    type: "follow_up"
    at: string
    followUp: components["schemas"]["FollowUp"]
    } | {
    type: "follow_up_done"
    at: string
    followUp: components["schemas"]["FollowUp"]
    } | {
    type: "visit"
    at: string
    visit: components["schemas"]["Visit"]
    });
    "TimelineEntryInput": ({
    type: "communication"
    at: string
    communication: components["schemas"]["CommunicationInput"]
    } | {
    type: "need_status"
    at: string
    needStatus: {
    needId: string
    title: string
    needType: string
    from: (string | null)
    to: string
    note: (string | null)
    actorId: (string | null)
    }
    } | {
    type: "follow_up"
    at: string
    followUp: components["schemas"]["FollowUpInput"]
    } | {
    type: "follow_up_done"
    at: string
    followUp: components["schemas"]["FollowUpInput"]
    } | {
    type: "visit"
    at: string
    visit: components["schemas"]["VisitInput"]
    });
    "User": {
    id: string
    email: string
    name: string
    role: ("admin" | "manager" | "rep")
    teamId: (string | null)
    locale: ("en" | "zh-CN")
    timeZone: string
    homeAddress: (string | null)
    homeLat: (number | null)
    homeLon: (number | null)
    workingHours: ({
    /**
     * @maxItems 4
     */
    mon?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    tue?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    wed?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    thu?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    fri?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    sat?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    sun?: {
    from: string
    to: string
    }[]
    } | null)
    mapApp: (("apple" | "google" | "amap" | "baidu") | null)
    active: boolean
    createdAt: string
    updatedAt: string
    version: number
    };
    "UserCreate": {
    email: string
    name: string
    locale: ("en" | "zh-CN")
    timeZone: string
    homeAddress?: (string | null)
    homeLat?: (number | null)
    homeLon?: (number | null)
    workingHours?: ({
    /**
     * @maxItems 4
     */
    mon?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    tue?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    wed?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    thu?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    fri?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    sat?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    sun?: {
    from: string
    to: string
    }[]
    } | null)
    mapApp?: (("apple" | "google" | "amap" | "baidu") | null)
    role: ("admin" | "manager" | "rep")
    teamId: (string | null)
    password?: string
    };
    "UserCreateInput": {
    email: string
    name: string
    locale?: ("en" | "zh-CN")
    timeZone?: string
    homeAddress?: (string | null)
    homeLat?: (number | null)
    homeLon?: (number | null)
    workingHours?: ({
    /**
     * @maxItems 4
     */
    mon?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    tue?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    wed?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    thu?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    fri?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    sat?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    sun?: {
    from: string
    to: string
    }[]
    } | null)
    mapApp?: (("apple" | "google" | "amap" | "baidu") | null)
    role: ("admin" | "manager" | "rep")
    teamId?: (string | null)
    password?: string
    };
    "UserInput": {
    id: string
    email: string
    name: string
    role: ("admin" | "manager" | "rep")
    teamId: (string | null)
    locale: ("en" | "zh-CN")
    timeZone: string
    homeAddress: (string | null)
    homeLat: (number | null)
    homeLon: (number | null)
    workingHours: ({
    /**
     * @maxItems 4
     */
    mon?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    tue?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    wed?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    thu?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    fri?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    sat?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    sun?: {
    from: string
    to: string
    }[]
    } | null)
    mapApp: (("apple" | "google" | "amap" | "baidu") | null)
    active: boolean
    createdAt: string
    updatedAt: string
    version: number
    };
    "UserPatch": {
    name?: string
    locale?: ("en" | "zh-CN")
    timeZone?: string
    homeAddress?: (string | null)
    homeLat?: (number | null)
    homeLon?: (number | null)
    workingHours?: ({
    /**
     * @maxItems 4
     */
    mon?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    tue?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    wed?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    thu?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    fri?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    sat?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    sun?: {
    from: string
    to: string
    }[]
    } | null)
    mapApp?: (("apple" | "google" | "amap" | "baidu") | null)
    email?: string
    role?: ("admin" | "manager" | "rep")
    teamId?: (string | null)
    active?: boolean
    password?: string
    };
    "UserPatchInput": {
    name?: string
    locale?: ("en" | "zh-CN")
    timeZone?: string
    homeAddress?: (string | null)
    homeLat?: (number | null)
    homeLon?: (number | null)
    workingHours?: ({
    /**
     * @maxItems 4
     */
    mon?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    tue?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    wed?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    thu?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    fri?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    sat?: {
    from: string
    to: string
    }[]
    /**
     * @maxItems 4
     */
    sun?: {
    from: string
    to: string
    }[]
    } | null)
    mapApp?: (("apple" | "google" | "amap" | "baidu") | null)
    email?: string
    role?: ("admin" | "manager" | "rep")
    teamId?: (string | null)
    active?: boolean
    password?: string
    };
    "Visit": {
    id: string
    customerId: string
    repId: string
    type: ("on_site" | "phone" | "video" | "wechat" | "other")
    purpose: (string | null)
    agenda: {
    needId: (string | null)
    text: string
    }[]
    plannedStart: string
    plannedEnd: string
    status: ("planned" | "checked_in" | "completed" | "cancelled" | "missed")
    cancelReason: (string | null)
    locked: boolean
    planId: (string | null)
    reasons: components["schemas"]["VisitReason"][]
    reasonText: (string | null)
    checkInAt: (string | null)
    checkInDistanceM: (number | null)
    checkInAccuracyM: (number | null)
    verification: (("verified" | "out_of_radius" | "unverified") | null)
    checkInReason: ({
    code: ("gps_inaccurate" | "met_elsewhere" | "customer_rescheduled" | "delayed" | "left_before_check_out" | "other")
    note: (string | null)
    } | null)
    checkOutAt: (string | null)
    checkOutDistanceM: (number | null)
    checkOutVerification: (("verified" | "out_of_radius" | "unverified") | null)
    checkOutReason: ({
    code: ("gps_inaccurate" | "met_elsewhere" | "customer_rescheduled" | "delayed" | "left_before_check_out" | "other")
    note: (string | null)
    } | null)
    dwellMinutes: (number | null)
    result: (string | null)
    resultScore: (number | null)
    communicationId: (string | null)
    createdAt: string
    updatedAt: string
    version: number
    };
    "VisitCancel": {
    reason: string
    };
    "VisitCancelInput": {
    reason: string
    };
    "VisitCheckIn": {
    lat?: number
    lon?: number
    accuracyM?: number
    reasonCode?: ("gps_inaccurate" | "met_elsewhere" | "customer_rescheduled" | "delayed" | "left_before_check_out" | "other")
    reasonNote?: (string | null)
    };
    "VisitCheckInInput": {
    lat?: number
    lon?: number
    accuracyM?: number
    reasonCode?: ("gps_inaccurate" | "met_elsewhere" | "customer_rescheduled" | "delayed" | "left_before_check_out" | "other")
    reasonNote?: (string | null)
    };
    "VisitCheckOut": {
    lat?: number
    lon?: number
    accuracyM?: number
    reasonCode?: ("gps_inaccurate" | "met_elsewhere" | "customer_rescheduled" | "delayed" | "left_before_check_out" | "other")
    reasonNote?: (string | null)
    result: string
    resultScore: number
    /**
     * @maxItems 10
     */
    needs: {
    type: string
    title: string
    importance: number
    urgency: ("low" | "normal" | "high" | "critical")
    }[]
    /**
     * @maxItems 10
     */
    followUps: {
    kind: ("call" | "visit" | "email" | "message" | "wechat" | "other")
    dueAt: string
    notes?: (string | null)
    }[]
    };
    "VisitCheckOutInput": {
    lat?: number
    lon?: number
    accuracyM?: number
    reasonCode?: ("gps_inaccurate" | "met_elsewhere" | "customer_rescheduled" | "delayed" | "left_before_check_out" | "other")
    reasonNote?: (string | null)
    result: string
    resultScore: number
    /**
     * @maxItems 10
     */
    needs?: {
    type: string
    title: string
    importance?: number
    urgency?: ("low" | "normal" | "high" | "critical")
    }[]
    /**
     * @maxItems 10
     */
    followUps?: {
    kind: ("call" | "visit" | "email" | "message" | "wechat" | "other")
    dueAt: string
    notes?: (string | null)
    }[]
    };
    "VisitCreate": {
    customerId: string
    repId?: string
    type: ("on_site" | "phone" | "video" | "wechat" | "other")
    purpose?: (string | null)
    /**
     * @maxItems 30
     */
    agenda?: {
    needId: (string | null)
    text: string
    }[]
    plannedStart: string
    plannedEnd: string
    locked: boolean
    };
    "VisitCreateInput": {
    customerId: string
    repId?: string
    type?: ("on_site" | "phone" | "video" | "wechat" | "other")
    purpose?: (string | null)
    /**
     * @maxItems 30
     */
    agenda?: {
    needId?: (string | null)
    text: string
    }[]
    plannedStart: string
    plannedEnd: string
    locked?: boolean
    };
    "VisitException": {
    visitId: string
    customerId: string
    customerName: string
    repId: string
    repName: string
    type: ("on_site" | "phone" | "video" | "wechat" | "other")
    status: ("planned" | "checked_in" | "completed" | "cancelled" | "missed")
    plannedStart: string
    plannedEnd: string
    kinds: ("out_of_radius" | "unverified" | "early" | "late" | "missed" | "short")[]
    checkInAt: (string | null)
    verification: (("verified" | "out_of_radius" | "unverified") | null)
    checkInDistanceM: (number | null)
    checkInReason: ({
    code: ("gps_inaccurate" | "met_elsewhere" | "customer_rescheduled" | "delayed" | "left_before_check_out" | "other")
    note: (string | null)
    } | null)
    earlyMinutes: (number | null)
    lateMinutes: (number | null)
    checkOutAt: (string | null)
    checkOutVerification: (("verified" | "out_of_radius" | "unverified") | null)
    checkOutDistanceM: (number | null)
    checkOutReason: ({
    code: ("gps_inaccurate" | "met_elsewhere" | "customer_rescheduled" | "delayed" | "left_before_check_out" | "other")
    note: (string | null)
    } | null)
    dwellMinutes: (number | null)
    photoCount: number
    };
    "VisitExceptionCounts": {
    from: string
    to: string
    reps: {
    repId: string
    name: string
    teamId: (string | null)
    visits: number
    counts: components["schemas"]["ExceptionKindCounts"]
    }[]
    total: {
    visits: number
    counts: components["schemas"]["ExceptionKindCounts"]
    }
    };
    "VisitExceptionCountsInput": {
    from: string
    to: string
    reps: {
    repId: string
    name: string
    teamId: (string | null)
    visits: number
    counts: components["schemas"]["ExceptionKindCountsInput"]
    }[]
    total: {
    visits: number
    counts: components["schemas"]["ExceptionKindCountsInput"]
    }
    };
    "VisitExceptionInput": {
    visitId: string
    customerId: string
    customerName: string
    repId: string
    repName: string
    type: ("on_site" | "phone" | "video" | "wechat" | "other")
    status: ("planned" | "checked_in" | "completed" | "cancelled" | "missed")
    plannedStart: string
    plannedEnd: string
    kinds: ("out_of_radius" | "unverified" | "early" | "late" | "missed" | "short")[]
    checkInAt: (string | null)
    verification: (("verified" | "out_of_radius" | "unverified") | null)
    checkInDistanceM: (number | null)
    checkInReason: ({
    code: ("gps_inaccurate" | "met_elsewhere" | "customer_rescheduled" | "delayed" | "left_before_check_out" | "other")
    note: (string | null)
    } | null)
    earlyMinutes: (number | null)
    lateMinutes: (number | null)
    checkOutAt: (string | null)
    checkOutVerification: (("verified" | "out_of_radius" | "unverified") | null)
    checkOutDistanceM: (number | null)
    checkOutReason: ({
    code: ("gps_inaccurate" | "met_elsewhere" | "customer_rescheduled" | "delayed" | "left_before_check_out" | "other")
    note: (string | null)
    } | null)
    dwellMinutes: (number | null)
    photoCount: number
    };
    "VisitExceptionPage": {
    items: components["schemas"]["VisitException"][]
    nextCursor: (string | null)
    };
    "VisitExceptionPageInput": {
    items: components["schemas"]["VisitExceptionInput"][]
    nextCursor: (string | null)
    };
    "VisitInput": {
    id: string
    customerId: string
    repId: string
    type: ("on_site" | "phone" | "video" | "wechat" | "other")
    purpose: (string | null)
    agenda: {
    needId: (string | null)
    text: string
    }[]
    plannedStart: string
    plannedEnd: string
    status: ("planned" | "checked_in" | "completed" | "cancelled" | "missed")
    cancelReason: (string | null)
    locked: boolean
    planId: (string | null)
    reasons: components["schemas"]["VisitReasonInput"][]
    reasonText: (string | null)
    checkInAt: (string | null)
    checkInDistanceM: (number | null)
    checkInAccuracyM: (number | null)
    verification: (("verified" | "out_of_radius" | "unverified") | null)
    checkInReason: ({
    code: ("gps_inaccurate" | "met_elsewhere" | "customer_rescheduled" | "delayed" | "left_before_check_out" | "other")
    note: (string | null)
    } | null)
    checkOutAt: (string | null)
    checkOutDistanceM: (number | null)
    checkOutVerification: (("verified" | "out_of_radius" | "unverified") | null)
    checkOutReason: ({
    code: ("gps_inaccurate" | "met_elsewhere" | "customer_rescheduled" | "delayed" | "left_before_check_out" | "other")
    note: (string | null)
    } | null)
    dwellMinutes: (number | null)
    result: (string | null)
    resultScore: (number | null)
    communicationId: (string | null)
    createdAt: string
    updatedAt: string
    version: number
    };
    "VisitKpiReport": {
    from: string
    to: string
    reps: {
    repId: string
    name: string
    timeZone: string
    workingDays: number
    planned: number
    completed: number
    verified: number
    missed: number
    cancelled: number
    followUpsDue: number
    followUpsDone: number
    dueCustomers: number
    coveredCustomers: number
    visitsPerWorkingDay: (number | null)
    planCompletionRate: (number | null)
    coverageRate: (number | null)
    validVisitRate: (number | null)
    avgDwellMinutes: (number | null)
    faceMinutes: number
    travelMinutes: (number | null)
    travelShare: (number | null)
    effectiveness: (number | null)
    }[]
    total: components["schemas"]["VisitKpis"]
    };
    "VisitKpiReportInput": {
    from: string
    to: string
    reps: {
    repId: string
    name: string
    timeZone: string
    workingDays: number
    planned: number
    completed: number
    verified: number
    missed: number
    cancelled: number
    followUpsDue: number
    followUpsDone: number
    dueCustomers: number
    coveredCustomers: number
    visitsPerWorkingDay: (number | null)
    planCompletionRate: (number | null)
    coverageRate: (number | null)
    validVisitRate: (number | null)
    avgDwellMinutes: (number | null)
    faceMinutes: number
    travelMinutes: (number | null)
    travelShare: (number | null)
    effectiveness: (number | null)
    }[]
    total: components["schemas"]["VisitKpisInput"]
    };
    "VisitKpis": {
    workingDays: number
    planned: number
    completed: number
    verified: number
    missed: number
    cancelled: number
    followUpsDue: number
    followUpsDone: number
    dueCustomers: number
    coveredCustomers: number
    visitsPerWorkingDay: (number | null)
    planCompletionRate: (number | null)
    coverageRate: (number | null)
    validVisitRate: (number | null)
    avgDwellMinutes: (number | null)
    faceMinutes: number
    travelMinutes: (number | null)
    travelShare: (number | null)
    effectiveness: (number | null)
    };
    "VisitKpisInput": {
    workingDays: number
    planned: number
    completed: number
    verified: number
    missed: number
    cancelled: number
    followUpsDue: number
    followUpsDone: number
    dueCustomers: number
    coveredCustomers: number
    visitsPerWorkingDay: (number | null)
    planCompletionRate: (number | null)
    coverageRate: (number | null)
    validVisitRate: (number | null)
    avgDwellMinutes: (number | null)
    faceMinutes: number
    travelMinutes: (number | null)
    travelShare: (number | null)
    effectiveness: (number | null)
    };
    "VisitPatch": {
    type?: ("on_site" | "phone" | "video" | "wechat" | "other")
    purpose?: (string | null)
    /**
     * @maxItems 30
     */
    agenda?: {
    needId: (string | null)
    text: string
    }[]
    plannedStart?: string
    plannedEnd?: string
    locked?: boolean
    };
    "VisitPatchInput": {
    type?: ("on_site" | "phone" | "video" | "wechat" | "other")
    purpose?: (string | null)
    /**
     * @maxItems 30
     */
    agenda?: {
    needId?: (string | null)
    text: string
    }[]
    plannedStart?: string
    plannedEnd?: string
    locked?: boolean
    };
    "VisitPhoto": {
    id: string
    visitId: string
    stage: ("check_in" | "check_out")
    contentType: ("image/jpeg" | "image/png" | "image/webp" | "image/heic")
    sizeBytes: number
    sha256: string
    uploadedBy: (string | null)
    uploadedAt: string
    latitude: (number | null)
    longitude: (number | null)
    distanceM: (number | null)
    verification: (("verified" | "out_of_radius" | "unverified") | null)
    url: string
    };
    "VisitPhotoInput": {
    id: string
    visitId: string
    stage: ("check_in" | "check_out")
    contentType: ("image/jpeg" | "image/png" | "image/webp" | "image/heic")
    sizeBytes: number
    sha256: string
    uploadedBy: (string | null)
    uploadedAt: string
    latitude: (number | null)
    longitude: (number | null)
    distanceM: (number | null)
    verification: (("verified" | "out_of_radius" | "unverified") | null)
    url: string
    };
    "VisitPhotoList": {
    items: components["schemas"]["VisitPhoto"][]
    };
    "VisitPhotoListInput": {
    items: components["schemas"]["VisitPhotoInput"][]
    };
    "VisitPlan": {
    id: string
    status: ("queued" | "running" | "draft" | "published" | "failed")
    progress: number
    startDate: string
    days: number
    repIds: string[]
    result: ({
    routes: {
    repId: string
    date: string
    stops: {
    customerId: string
    name: string
    visitId: (string | null)
    fixed: boolean
    arrival: string
    start: string
    end: string
    travelKm: number
    travelMin: number
    reasons: components["schemas"]["VisitReason"][]
    reasonText: (string | null)
    lat?: number
    lon?: number
    locked?: boolean
    added?: boolean
    violations?: ("outside_window" | "after_hours" | "misses_fixed_time" | "not_working_day")[]
    }[]
    km: number
    travelMin: number
    visitMin: number
    leave: string
    back: string
    violations?: ("back_after_hours" | "not_working_day")[]
    }[]
    unplanned: {
    customerId: string
    name: string
    reason: string
    reasons: components["schemas"]["VisitReason"][]
    reasonText: string
    }[]
    reps?: {
    id: string
    name: string
    lat: number
    lon: number
    }[]
    totals: {
    visits: number
    km: number
    travelMin: number
    visitMin: number
    valueCoveredCents: number
    mandatoryMissed: number
    infeasibleStops?: number
    }
    publication?: {
    created: number
    replaced: number
    }
    } | null)
    error: (string | null)
    createdBy: (string | null)
    createdAt: string
    publishedAt: (string | null)
    version: number
    };
    "VisitPlanCreate": {
    /**
     * @minItems 1
     * @maxItems 200
     */
    repIds?: string[]
    teamId?: string
    startDate: string
    days: number
    options: {
    timeLimitSeconds: number
    maxVisitsPerDay?: number
    includeNotDue: boolean
    metersPerPoint: number
    }
    };
    "VisitPlanCreateInput": {
    /**
     * @minItems 1
     * @maxItems 200
     */
    repIds?: string[]
    teamId?: string
    startDate: string
    days?: number
    options?: {
    timeLimitSeconds?: number
    maxVisitsPerDay?: number
    includeNotDue?: boolean
    metersPerPoint?: number
    }
    };
    "VisitPlanEdit": ({
    op: "move"
    customerId: string
    repId?: string
    date?: string
    position?: number
    } | {
    op: "drop"
    customerId: string
    } | {
    op: "add"
    customerId: string
    repId?: string
    date?: string
    position?: number
    } | {
    op: "lock"
    customerId: string
    } | {
    op: "unlock"
    customerId: string
    });
    "VisitPlanEditInput": ({
    op: "move"
    customerId: string
    repId?: string
    date?: string
    position?: number
    } | {
    op: "drop"
    customerId: string
    } | {
    op: "add"
    customerId: string
    repId?: string
    date?: string
    position?: number
    } | {
    op: "lock"
    customerId: string
    } | {
    op: "unlock"
    customerId: string
    });
    "VisitPlanEditProblem": {
    type: string
    title: string
    status: number
    code: string
    detail: string
    field?: string
    rule?: string
    errors?: {
    field: string
    rule: string
    message: string
    params?: {
    [k: string]: number | undefined
    }
    }[]
    conflict?: {
    date: string
    days: number
    minDays: number
    kind: ("visited" | "booked" | "in_plan")
    agreed: boolean
    by: ({
    name: (string | null)
    viaPlan: boolean
    } | null)
    everyDay?: boolean
    }
    };
    "VisitPlanEditProblemInput": {
    type: string
    title: string
    status: number
    code: string
    detail: string
    field?: string
    rule?: string
    errors?: {
    field: string
    rule: string
    message: string
    params?: {
    [k: string]: number | undefined
    }
    }[]
    conflict?: {
    date: string
    days: number
    minDays: number
    kind: ("visited" | "booked" | "in_plan")
    agreed: boolean
    by: ({
    name: (string | null)
    viaPlan: boolean
    } | null)
    everyDay?: boolean
    }
    };
    "VisitPlanInput": {
    id: string
    status: ("queued" | "running" | "draft" | "published" | "failed")
    progress: number
    startDate: string
    days: number
    repIds: string[]
    result: ({
    routes: {
    repId: string
    date: string
    stops: {
    customerId: string
    name: string
    visitId: (string | null)
    fixed: boolean
    arrival: string
    start: string
    end: string
    travelKm: number
    travelMin: number
    reasons: components["schemas"]["VisitReasonInput"][]
    reasonText: (string | null)
    lat?: number
    lon?: number
    locked?: boolean
    added?: boolean
    violations?: ("outside_window" | "after_hours" | "misses_fixed_time" | "not_working_day")[]
    }[]
    km: number
    travelMin: number
    visitMin: number
    leave: string
    back: string
    violations?: ("back_after_hours" | "not_working_day")[]
    }[]
    unplanned: {
    customerId: string
    name: string
    reason: string
    reasons: components["schemas"]["VisitReasonInput"][]
    reasonText: string
    }[]
    reps?: {
    id: string
    name: string
    lat: number
    lon: number
    }[]
    totals: {
    visits: number
    km: number
    travelMin: number
    visitMin: number
    valueCoveredCents: number
    mandatoryMissed: number
    infeasibleStops?: number
    }
    publication?: {
    created: number
    replaced: number
    }
    } | null)
    error: (string | null)
    createdBy: (string | null)
    createdAt: string
    publishedAt: (string | null)
    version: number
    };
    "VisitPlanPublishProblem": {
    type: string
    title: string
    status: number
    code: string
    detail: string
    field?: string
    rule?: string
    errors?: {
    field: string
    rule: string
    message: string
    params?: {
    [k: string]: number | undefined
    }
    }[]
    conflict?: {
    date: string
    days: number
    minDays: number
    kind: ("visited" | "booked" | "in_plan")
    agreed: boolean
    by: ({
    name: (string | null)
    viaPlan: boolean
    } | null)
    everyDay?: boolean
    }
    customerId?: string
    date?: string
    };
    "VisitPlanPublishProblemInput": {
    type: string
    title: string
    status: number
    code: string
    detail: string
    field?: string
    rule?: string
    errors?: {
    field: string
    rule: string
    message: string
    params?: {
    [k: string]: number | undefined
    }
    }[]
    conflict?: {
    date: string
    days: number
    minDays: number
    kind: ("visited" | "booked" | "in_plan")
    agreed: boolean
    by: ({
    name: (string | null)
    viaPlan: boolean
    } | null)
    everyDay?: boolean
    }
    customerId?: string
    date?: string
    };
    "VisitPlanReoptimise": {
    timeLimitSeconds?: number
    };
    "VisitPlanReoptimiseInput": {
    timeLimitSeconds?: number
    };
    "VisitReason": ({
    code: "tier"
    tier: string
    } | {
    code: "never_visited"
    } | {
    code: "days_since"
    days: number
    max: number
    } | {
    code: "not_yet_due"
    days: number
    min: number
    } | {
    code: "open_needs"
    count: number
    overdue: number
    } | {
    code: "low_satisfaction"
    score: number
    } | {
    code: "high_value"
    } | {
    code: "booked"
    date: string
    agreed: boolean
    by: {
    name: (string | null)
    viaPlan: boolean
    }
    } | {
    code: "booked_before"
    date: string
    days: number
    by: {
    name: (string | null)
    viaPlan: boolean
    }
    } | {
    code: "unplanned"
    why: string
    });
    "VisitReasonInput": ({
    code: "tier"
    tier: string
    } | {
    code: "never_visited"
    } | {
    code: "days_since"
    days: number
    max: number
    } | {
    code: "not_yet_due"
    days: number
    min: number
    } | {
    code: "open_needs"
    count: number
    overdue: number
    } | {
    code: "low_satisfaction"
    score: number
    } | {
    code: "high_value"
    } | {
    code: "booked"
    date: string
    agreed: boolean
    by: {
    name: (string | null)
    viaPlan: boolean
    }
    } | {
    code: "booked_before"
    date: string
    days: number
    by: {
    name: (string | null)
    viaPlan: boolean
    }
    } | {
    code: "unplanned"
    why: string
    });
  };
}
