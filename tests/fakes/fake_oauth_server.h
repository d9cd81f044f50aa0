#pragma once

#include "fake_http_server.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// One tracker's OAuth endpoints and its "who am I" call, for tests of Docket's OAuth client. It keeps
// the state a real authorization server keeps: single-use codes bound to the client, the redirect URI
// and the PKCE challenge (S256 only); access and refresh tokens that rotate on refresh; GitHub's
// device flow. Faults: expired or revoked tokens, a denied consent or device, slow_down, and one
// token response replaced by anything. Paths, per flavor, on url():
//  GitHub: GET /login/oauth/authorize, POST /login/oauth/access_token (code, refresh, device grants;
//          form or JSON), POST /login/device/code, GET /api/v3/user. Token and device replies are
//          form-encoded unless the request accepts application/json; authorization_pending and slow_down come
//          with 200.
//  Linear: GET /oauth/authorize, POST /oauth/token (form bodies only), POST /oauth/revoke,
//          POST /graphql (viewer). OAuth tokens as "Bearer <t>", personal API keys bare.
//  Jira:   GET /authorize (audience=api.atlassian.com, prompt=consent; a refresh token only with
//          offline_access), POST /oauth/token (form or JSON), GET /oauth/token/accessible-resources,
//          GET /ex/jira/{cloudId}/rest/api/3/myself; Data Center GET /rest/api/2/myself (Bearer PAT);
//          Cloud GET /rest/api/3/myself (Basic e-mail:API token).
// A GET on the authorize path answers as an approving browser would: 302 to the redirect URI.
// Token errors follow RFC 6749 §5.2 and RFC 8628 §3.5: 400 with {"error", "error_description"}.
// Queries and form bodies are read as forms: a '+' is a space, so a literal '+' must come as %2B.
class FakeOAuthServer : public QObject {
    Q_OBJECT
public:
    enum class Flavor { GitHub, Linear, Jira };
    enum class Consent { Approve, Deny };

    explicit FakeOAuthServer(Flavor flavor, QObject *parent = nullptr);

    QUrl url() const; // http://127.0.0.1:<port>, base of every path above

    // What the PM's browser does with an authorization URL: the redirect URI with ?code=&state= (or
    // ?error=access_denied&state=), or an empty QUrl and lastError() when the request is invalid.
    QUrl browserConsent(const QUrl &authorizationUrl, Consent consent = Consent::Approve);
    QString lastError() const { return m_lastError; }
    void setClientId(const QString &clientId); // when set, other client_ids are refused; else any

    // Device flow (GitHub), acting on the device code requested last.
    void approveDevice();
    void denyDevice();
    void expireDevice();
    void slowDownNextPoll();             // the next poll answers slow_down with interval+5 in the body
    void setDeviceInterval(int seconds); // 0 by default so tests do not sleep (GitHub says 5); above 0,
                                         // polling sooner than the interval also gets slow_down

    void setAccessTokenLifetime(int seconds); // expires_in; -1 omits it (classic GitHub OAuth apps)
    void setIssueRefreshTokens(bool issue);   // true by default (GitHub App, Linear, Jira)
    void expireAccessTokens();                // issued access tokens get 401; refresh still works
    void revokeEverything();                  // the user revoked the app: 401 and invalid_grant
    void failNextTokenRequest(int status, const QByteArray &body); // the body as application/json

    void addPersonalToken(const QString &token); // a GitHub PAT, a Linear API key, a Jira DC PAT
    void setBasicCredentials(const QString &email, const QString &apiToken); // Jira Cloud
    void setSites(const QJsonArray &sites); // accessible-resources; one site by default

    QJsonObject user() const; // what "who am I" reports, in the flavor's own fields
    QStringList issuedAccessTokens() const { return m_issuedAccessTokens; }
    QStringList issuedRefreshTokens() const { return m_issuedRefreshTokens; }
    int tokenRequestCount() const { return m_tokenRequestCount; }
    int apiCallCount() const { return m_apiCallCount; }
    QStringList revokedTokens() const { return m_revokedTokens; } // as named in revoke requests
    const FakeHttpServer &http() const { return m_http; }

private:
    using Request = FakeHttpServer::Request;
    using Response = FakeHttpServer::Response;
    using Parameters = QHash<QString, QString>;

    struct AuthorizationCode {
        QString clientId;
        QString redirectUri;
        QString codeChallenge;
        QStringList scopes;
    };
    struct RefreshGrant {
        QString clientId;
        QStringList scopes;
        QString accessToken; // issued with it, and dies with it
    };
    enum class DeviceState { Pending, Approved, Denied, Expired, Redeemed };
    struct DeviceAuthorization {
        QString deviceCode;
        QString clientId;
        QStringList scopes;
        int interval = 0;
        bool enforceInterval = false; // polls sooner than the interval get slow_down
        DeviceState state = DeviceState::Pending;
        QElapsedTimer sinceLastPoll;
    };

    Response respond(const Request &request);
    Response routeGitHub(const Request &request, const QByteArray &path);
    Response routeLinear(const Request &request, const QByteArray &path);
    Response routeJira(const Request &request, const QByteArray &path);
    QString authorizePath() const;
    QString tokenPath() const;

    QString authorizationProblem(const QUrl &authorizationUrl, const Parameters &query) const;
    Response answerBrowserGet(const Request &request);

    Response tokenEndpoint(const Request &request);
    Response exchangeCode(const Request &request, const Parameters &parameters, const QString &clientId);
    Response refresh(const Request &request, const Parameters &parameters, const QString &clientId);
    Response pollDevice(const Request &request, const Parameters &parameters, const QString &clientId);
    Response requestDeviceCode(const Request &request);
    Response revoke(const Request &request);
    QJsonObject issueTokens(const QString &clientId, const QStringList &scopes);
    Response tokenReply(const Request &request, int status, const QJsonObject &body) const;
    Response tokenError(const Request &request, const QString &error, const QString &description,
                        int status = 400) const;
    bool isKnownClient(const QString &clientId) const;
    DeviceAuthorization *latestDevice();

    Response githubUser(const Request &request);
    Response linearGraphql(const Request &request);
    Response jiraAccessibleResources(const Request &request);
    Response jiraCloudMyself(const Request &request, const QString &cloudId);
    Response jiraDataCenterMyself(const Request &request);
    Response jiraBasicMyself(const Request &request);
    QJsonArray sitesFor(const QStringList &scopes) const;
    std::optional<QStringList> liveTokenScopes(const Request &request) const; // a Bearer OAuth token

    Flavor m_flavor;
    FakeHttpServer m_http;
    QString m_clientId;
    QString m_lastError;
    int m_accessTokenLifetime;
    bool m_issueRefreshTokens = true;
    int m_deviceInterval = 0;
    bool m_slowDownNextPoll = false;
    std::optional<Response> m_nextTokenFault;
    QHash<QString, AuthorizationCode> m_codes;
    QHash<QString, QStringList> m_liveAccessTokens; // token -> scopes
    QHash<QString, RefreshGrant> m_liveRefreshTokens;
    QList<DeviceAuthorization> m_devices;
    QStringList m_personalTokens;
    QString m_basicEmail;
    QString m_basicApiToken;
    std::optional<QJsonArray> m_sites;
    QStringList m_issuedAccessTokens;
    QStringList m_issuedRefreshTokens;
    QStringList m_revokedTokens;
    int m_tokenRequestCount = 0;
    int m_apiCallCount = 0;
};
