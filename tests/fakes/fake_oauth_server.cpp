#include "fake_oauth_server.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtDebug>

namespace {

using Request = FakeHttpServer::Request;
using Response = FakeHttpServer::Response;
using Parameters = QHash<QString, QString>;

const QString kDeviceGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
const QString kDefaultCloudId = QStringLiteral("1324a887-45db-1bf4-1e99-ef0ff456d421");
const QString kUserName = QStringLiteral("Dana Docket");
const QString kUserEmail = QStringLiteral("dana@docket.invalid");

Response jsonResponse(int status, const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return {status, "application/json", {document.toJson(QJsonDocument::Compact)}};
}

Response notFound()
{
    return jsonResponse(404, QJsonObject{{QStringLiteral("message"), QStringLiteral("Not Found")}});
}

Response methodNotAllowed()
{
    return jsonResponse(405, QJsonObject{{QStringLiteral("message"), QStringLiteral("Method Not Allowed")}});
}

QString randomText(const QString &alphabet, int length)
{
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    return text;
}

QString randomAlphanumeric(int length)
{
    return randomText(QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
                      length);
}

// Random, and never one handed out before: tests may rely on every token being distinct.
QString uniqueToken(const QString &prefix, int length, const QStringList &issued)
{
    QString token;
    do {
        token = prefix + randomAlphanumeric(length);
    } while (issued.contains(token));
    return token;
}

QString formDecode(QByteArray text)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text.replace('+', ' ')));
}

// application/x-www-form-urlencoded, where '+' is a space (QUrlQuery keeps it a '+').
Parameters parseForm(const QByteArray &body)
{
    Parameters parameters;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0)
            parameters.insert(formDecode(pair), QString());
        else
            parameters.insert(formDecode(pair.first(equals)), formDecode(pair.mid(equals + 1)));
    }
    return parameters;
}

QByteArray formEncode(const QJsonObject &object)
{
    QByteArrayList pairs;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString value =
            it.value().isDouble() ? QString::number(it.value().toInteger()) : it.value().toString();
        pairs.append(QUrl::toPercentEncoding(it.key()) + '=' + QUrl::toPercentEncoding(value));
    }
    return pairs.join('&');
}

Parameters jsonParameters(const QJsonObject &object)
{
    Parameters parameters;
    for (auto it = object.begin(); it != object.end(); ++it)
        parameters.insert(it.key(), it.value().toVariant().toString());
    return parameters;
}

bool hasJsonBody(const Request &request)
{
    return request.headers.value("content-type").contains("application/json");
}

// Scopes arrive space-separated (RFC 6749) or comma-separated (Linear); both are understood.
QStringList splitScopes(const QString &scope)
{
    static const QRegularExpression separators(QStringLiteral("[ ,]+"));
    return scope.split(separators, Qt::SkipEmptyParts);
}

QString s256(const QString &verifier)
{
    const QByteArray digest = QCryptographicHash::hash(verifier.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// RFC 7636 §4.1: 43 to 128 unreserved characters; then the challenge must be its S256 hash.
QString verifierProblem(const QString &verifier, const QString &challenge)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    if (verifier.isEmpty())
        return QStringLiteral("code_verifier is missing.");
    if (!shape.match(verifier).hasMatch())
        return QStringLiteral("code_verifier must be 43 to 128 unreserved characters.");
    if (s256(verifier) != challenge)
        return QStringLiteral("code_verifier does not match the code_challenge.");
    return {};
}

bool isLoopbackHttp(const QUrl &uri)
{
    const QString host = uri.host();
    return uri.isValid() && uri.scheme() == QLatin1String("http") &&
           (host == QLatin1String("127.0.0.1") || host == QLatin1String("::1") ||
            host == QLatin1String("localhost"));
}

// The credentials of "Authorization: <scheme> <credentials>", or nothing for another scheme.
QString credentials(const Request &request, const QByteArray &scheme)
{
    const QByteArray authorization = request.headers.value("authorization");
    const QByteArray prefix = scheme + ' ';
    if (!authorization.toLower().startsWith(prefix.toLower()))
        return {};
    return QString::fromUtf8(authorization.mid(prefix.size()).trimmed());
}

QString clientIdOf(const Request &request, const Parameters &parameters)
{
    if (parameters.contains(QStringLiteral("client_id")))
        return parameters.value(QStringLiteral("client_id"));
    // RFC 6749 §2.3.1 also allows the client to authenticate with HTTP Basic.
    const QByteArray basic = QByteArray::fromBase64(credentials(request, "Basic").toLatin1());
    const qsizetype colon = basic.indexOf(':');
    return colon < 0 ? QString() : QString::fromUtf8(basic.first(colon));
}

QJsonObject tokenErrorBody(const QString &error, const QString &description)
{
    return {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}};
}

Response jiraUnauthorized()
{
    return jsonResponse(401, QJsonObject{{QStringLiteral("code"), 401},
                                         {QStringLiteral("message"), QStringLiteral("Unauthorized")}});
}

} // namespace

FakeOAuthServer::FakeOAuthServer(Flavor flavor, QObject *parent)
    : QObject(parent)
    , m_flavor(flavor)
    // What each tracker documents: GitHub App user tokens 8 h, Linear 24 h, Atlassian 1 h.
    , m_accessTokenLifetime(flavor == Flavor::GitHub   ? 28800
                            : flavor == Flavor::Linear ? 86399
                                                       : 3600)
{
    m_http.setHandler([this](const Request &request) { return respond(request); });
}

QUrl FakeOAuthServer::url() const
{
    return m_http.url();
}

void FakeOAuthServer::setClientId(const QString &clientId)
{
    m_clientId = clientId;
}

void FakeOAuthServer::approveDevice()
{
    if (DeviceAuthorization *device = latestDevice())
        device->state = DeviceState::Approved;
}

void FakeOAuthServer::denyDevice()
{
    if (DeviceAuthorization *device = latestDevice())
        device->state = DeviceState::Denied;
}

void FakeOAuthServer::expireDevice()
{
    if (DeviceAuthorization *device = latestDevice())
        device->state = DeviceState::Expired;
}

void FakeOAuthServer::slowDownNextPoll()
{
    m_slowDownNextPoll = true;
}

void FakeOAuthServer::setDeviceInterval(int seconds)
{
    m_deviceInterval = seconds;
}

void FakeOAuthServer::setAccessTokenLifetime(int seconds)
{
    m_accessTokenLifetime = seconds;
}

void FakeOAuthServer::setIssueRefreshTokens(bool issue)
{
    m_issueRefreshTokens = issue;
}

void FakeOAuthServer::expireAccessTokens()
{
    m_liveAccessTokens.clear();
}

void FakeOAuthServer::revokeEverything()
{
    m_liveAccessTokens.clear();
    m_liveRefreshTokens.clear();
}

void FakeOAuthServer::failNextTokenRequest(int status, const QByteArray &body)
{
    m_nextTokenFault = Response{status, "application/json", {body}};
}

void FakeOAuthServer::addPersonalToken(const QString &token)
{
    m_personalTokens.append(token);
}

void FakeOAuthServer::setBasicCredentials(const QString &email, const QString &apiToken)
{
    m_basicEmail = email;
    m_basicApiToken = apiToken;
}

void FakeOAuthServer::setSites(const QJsonArray &sites)
{
    m_sites = sites;
}

QJsonObject FakeOAuthServer::user() const
{
    switch (m_flavor) {
    case Flavor::GitHub:
        return {{QStringLiteral("login"), QStringLiteral("dana-docket")},
                {QStringLiteral("id"), 583231},
                {QStringLiteral("name"), kUserName}};
    case Flavor::Linear:
        return {{QStringLiteral("id"), QStringLiteral("8f1c2a77-3d4e-4b5f-9a6b-7c8d9e0f1a2b")},
                {QStringLiteral("name"), kUserName},
                {QStringLiteral("email"), kUserEmail}};
    case Flavor::Jira:
        break;
    }
    return {{QStringLiteral("accountId"), QStringLiteral("5b10ac8d82e05b22cc7d4ef5")},
            {QStringLiteral("displayName"), kUserName},
            {QStringLiteral("emailAddress"), kUserEmail}};
}

// --- Routing ---

Response FakeOAuthServer::respond(const Request &request)
{
    const QByteArray path = request.path.split('?').constFirst();
    if (path == authorizePath().toUtf8())
        return request.method == "GET" ? answerBrowserGet(request) : methodNotAllowed();
    if (path == tokenPath().toUtf8())
        return request.method == "POST" ? tokenEndpoint(request) : methodNotAllowed();
    switch (m_flavor) {
    case Flavor::GitHub:
        return routeGitHub(request, path);
    case Flavor::Linear:
        return routeLinear(request, path);
    case Flavor::Jira:
        return routeJira(request, path);
    }
    return notFound();
}

Response FakeOAuthServer::routeGitHub(const Request &request, const QByteArray &path)
{
    if (path == "/login/device/code")
        return request.method == "POST" ? requestDeviceCode(request) : methodNotAllowed();
    if (path == "/api/v3/user")
        return request.method == "GET" ? githubUser(request) : methodNotAllowed();
    return notFound();
}

Response FakeOAuthServer::routeLinear(const Request &request, const QByteArray &path)
{
    if (path == "/oauth/revoke")
        return request.method == "POST" ? revoke(request) : methodNotAllowed();
    if (path == "/graphql")
        return request.method == "POST" ? linearGraphql(request) : methodNotAllowed();
    return notFound();
}

Response FakeOAuthServer::routeJira(const Request &request, const QByteArray &path)
{
    if (request.method != "GET")
        return path.startsWith("/oauth/token/") || path.contains("/myself") ? methodNotAllowed() : notFound();
    if (path == "/oauth/token/accessible-resources")
        return jiraAccessibleResources(request);
    if (path == "/rest/api/2/myself")
        return jiraDataCenterMyself(request);
    if (path == "/rest/api/3/myself")
        return jiraBasicMyself(request);
    static const QRegularExpression cloudMyself(QStringLiteral("^/ex/jira/([^/]+)/rest/api/[23]/myself$"));
    const QRegularExpressionMatch match = cloudMyself.match(QString::fromUtf8(path));
    if (match.hasMatch())
        return jiraCloudMyself(request, match.captured(1));
    return notFound();
}

QString FakeOAuthServer::authorizePath() const
{
    switch (m_flavor) {
    case Flavor::GitHub:
        return QStringLiteral("/login/oauth/authorize");
    case Flavor::Linear:
        return QStringLiteral("/oauth/authorize");
    case Flavor::Jira:
        break;
    }
    return QStringLiteral("/authorize");
}

QString FakeOAuthServer::tokenPath() const
{
    return m_flavor == Flavor::GitHub ? QStringLiteral("/login/oauth/access_token")
                                      : QStringLiteral("/oauth/token");
}

// --- The browser side ---

QUrl FakeOAuthServer::browserConsent(const QUrl &authorizationUrl, Consent consent)
{
    const Parameters query = parseForm(authorizationUrl.query(QUrl::FullyEncoded).toLatin1());
    m_lastError = authorizationProblem(authorizationUrl, query);
    if (!m_lastError.isEmpty())
        return {};

    QByteArray answer;
    if (consent == Consent::Deny) {
        answer = "error=access_denied";
    } else {
        const QString code = uniqueToken(QString(), 20, m_codes.keys());
        m_codes.insert(code,
                       {query.value(QStringLiteral("client_id")), query.value(QStringLiteral("redirect_uri")),
                        query.value(QStringLiteral("code_challenge")),
                        splitScopes(query.value(QStringLiteral("scope")))});
        answer = "code=" + code.toLatin1();
    }
    answer += "&state=" + QUrl::toPercentEncoding(query.value(QStringLiteral("state")));

    // A query the client put in its redirect URI stays in front of ours.
    QUrl redirect(query.value(QStringLiteral("redirect_uri")));
    const QByteArray existing = redirect.query(QUrl::FullyEncoded).toLatin1();
    redirect.setQuery(QString::fromLatin1(existing.isEmpty() ? answer : existing + '&' + answer));
    return redirect;
}

QString FakeOAuthServer::authorizationProblem(const QUrl &authorizationUrl, const Parameters &query) const
{
    const QUrl endpoint = url().resolved(QUrl(authorizePath()));
    if (authorizationUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment) != endpoint)
        return QStringLiteral("Not this server's authorization endpoint: %1 is expected.")
            .arg(endpoint.toString());
    const auto value = [&query](const char *name) { return query.value(QString::fromLatin1(name)); };
    if (!isKnownClient(value("client_id")))
        return QStringLiteral("Unknown client_id \"%1\".").arg(value("client_id"));
    if (value("response_type") != QLatin1String("code"))
        return QStringLiteral("response_type must be code.");
    if (!isLoopbackHttp(QUrl(value("redirect_uri"))))
        return QStringLiteral("redirect_uri must be http on 127.0.0.1, [::1] or localhost.");
    if (value("state").isEmpty())
        return QStringLiteral("state is missing.");
    if (value("code_challenge_method") != QLatin1String("S256"))
        return QStringLiteral("code_challenge_method must be S256.");
    // An S256 challenge is a SHA-256 digest in base64url without padding: 43 characters.
    static const QRegularExpression challengeShape(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    if (!challengeShape.match(value("code_challenge")).hasMatch())
        return QStringLiteral("code_challenge must be 43 base64url characters without padding.");
    if (m_flavor == Flavor::Jira) {
        if (value("audience") != QLatin1String("api.atlassian.com"))
            return QStringLiteral("audience must be api.atlassian.com.");
        if (value("prompt") != QLatin1String("consent"))
            return QStringLiteral("prompt must be consent.");
        if (value("scope").isEmpty())
            return QStringLiteral("scope is missing.");
    }
    return {};
}

Response FakeOAuthServer::answerBrowserGet(const Request &request)
{
    const QUrl redirect = browserConsent(QUrl(url().toString() + QString::fromUtf8(request.path)));
    if (redirect.isEmpty())
        return {400, "text/plain; charset=utf-8", {m_lastError.toUtf8()}};
    Response response{302, "text/plain", {}};
    response.headers.emplaceBack("Location", redirect.toEncoded());
    return response;
}

bool FakeOAuthServer::isKnownClient(const QString &clientId) const
{
    return !clientId.isEmpty() && (m_clientId.isEmpty() || clientId == m_clientId);
}

// --- The token endpoint ---

Response FakeOAuthServer::tokenEndpoint(const Request &request)
{
    ++m_tokenRequestCount;
    if (m_nextTokenFault)
        return *std::exchange(m_nextTokenFault, std::nullopt);

    if (hasJsonBody(request) && m_flavor == Flavor::Linear)
        return tokenError(request, QStringLiteral("invalid_request"),
                          QStringLiteral("The body must be application/x-www-form-urlencoded."));
    const Parameters parameters =
        hasJsonBody(request) ? jsonParameters(request.json()) : parseForm(request.body);
    const QString clientId = clientIdOf(request, parameters);
    if (!isKnownClient(clientId))
        return tokenError(request, QStringLiteral("invalid_client"),
                          QStringLiteral("Unknown or missing client_id."));

    QString grantType = parameters.value(QStringLiteral("grant_type"));
    // GitHub's web flow documents the code exchange without a grant_type.
    if (grantType.isEmpty() && m_flavor == Flavor::GitHub && parameters.contains(QStringLiteral("code")))
        grantType = QStringLiteral("authorization_code");
    if (grantType == QLatin1String("authorization_code"))
        return exchangeCode(request, parameters, clientId);
    if (grantType == QLatin1String("refresh_token"))
        return refresh(request, parameters, clientId);
    if (grantType == kDeviceGrant && m_flavor == Flavor::GitHub)
        return pollDevice(request, parameters, clientId);
    if (grantType.isEmpty())
        return tokenError(request, QStringLiteral("invalid_request"),
                          QStringLiteral("grant_type is missing."));
    return tokenError(request, QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("Unsupported grant_type \"%1\".").arg(grantType));
}

Response FakeOAuthServer::exchangeCode(const Request &request, const Parameters &parameters,
                                       const QString &clientId)
{
    const QString code = parameters.value(QStringLiteral("code"));
    if (code.isEmpty())
        return tokenError(request, QStringLiteral("invalid_request"), QStringLiteral("code is missing."));
    const auto found = m_codes.constFind(code);
    if (found == m_codes.cend())
        return tokenError(request, QStringLiteral("invalid_grant"),
                          QStringLiteral("The code is unknown or was already used."));
    if (found->clientId != clientId)
        return tokenError(request, QStringLiteral("invalid_grant"),
                          QStringLiteral("The code was issued to another client."));

    // RFC 6749 §4.1.3: the same redirect_uri again; GitHub alone lets it be left out.
    const QString redirectUri = parameters.value(QStringLiteral("redirect_uri"));
    if (redirectUri.isEmpty() && m_flavor != Flavor::GitHub)
        return tokenError(request, QStringLiteral("invalid_request"),
                          QStringLiteral("redirect_uri is missing."));
    if (!redirectUri.isEmpty() && redirectUri != found->redirectUri)
        return tokenError(request, QStringLiteral("invalid_grant"),
                          QStringLiteral("redirect_uri differs from the authorization request."));

    const QString problem =
        verifierProblem(parameters.value(QStringLiteral("code_verifier")), found->codeChallenge);
    if (!problem.isEmpty())
        return tokenError(request, QStringLiteral("invalid_grant"), problem);

    // Only a successful exchange uses the code up; a failed attempt leaves it to the rightful client.
    const QStringList scopes = found->scopes;
    m_codes.erase(found);
    return tokenReply(request, 200, issueTokens(clientId, scopes));
}

Response FakeOAuthServer::refresh(const Request &request, const Parameters &parameters,
                                  const QString &clientId)
{
    const QString refreshToken = parameters.value(QStringLiteral("refresh_token"));
    if (refreshToken.isEmpty())
        return tokenError(request, QStringLiteral("invalid_request"),
                          QStringLiteral("refresh_token is missing."));
    const auto found = m_liveRefreshTokens.constFind(refreshToken);
    if (found == m_liveRefreshTokens.cend())
        return tokenError(request, QStringLiteral("invalid_grant"),
                          QStringLiteral("The refresh token is unknown, already used or revoked."));
    if (found->clientId != clientId)
        return tokenError(request, QStringLiteral("invalid_grant"),
                          QStringLiteral("The refresh token was issued to another client."));

    // Rotation: the refresh token and the access token issued with it both die now.
    const RefreshGrant grant = *found;
    m_liveRefreshTokens.erase(found);
    m_liveAccessTokens.remove(grant.accessToken);
    return tokenReply(request, 200, issueTokens(clientId, grant.scopes));
}

Response FakeOAuthServer::pollDevice(const Request &request, const Parameters &parameters,
                                     const QString &clientId)
{
    const QString deviceCode = parameters.value(QStringLiteral("device_code"));
    DeviceAuthorization *device = nullptr;
    for (DeviceAuthorization &candidate : m_devices) {
        if (candidate.deviceCode == deviceCode && candidate.clientId == clientId)
            device = &candidate;
    }
    if (!device)
        return tokenError(request, QStringLiteral("invalid_grant"),
                          QStringLiteral("The device_code is unknown."));

    // RFC 8628 §3.5: polling faster than the interval, or when told to, adds 5 s for good. Only an
    // interval a test set is enforced, so the default of 0 never makes a test sleep.
    const bool tooSoon = device->enforceInterval && device->sinceLastPoll.isValid() &&
                         device->sinceLastPoll.elapsed() < device->interval * 1000LL;
    device->sinceLastPoll.start();
    if (std::exchange(m_slowDownNextPoll, false) || tooSoon) {
        device->interval += 5;
        QJsonObject body = tokenErrorBody(QStringLiteral("slow_down"),
                                          QStringLiteral("Too many requests in the same timeframe."));
        body.insert(QStringLiteral("interval"), device->interval);
        return tokenReply(request, 200, body);
    }
    switch (device->state) {
    case DeviceState::Pending:
        return tokenError(request, QStringLiteral("authorization_pending"),
                          QStringLiteral("The authorization request is still pending."), 200);
    case DeviceState::Denied:
        return tokenError(request, QStringLiteral("access_denied"),
                          QStringLiteral("The authorization request was denied."));
    case DeviceState::Expired:
        return tokenError(request, QStringLiteral("expired_token"),
                          QStringLiteral("The device_code has expired."));
    case DeviceState::Redeemed:
        return tokenError(request, QStringLiteral("invalid_grant"),
                          QStringLiteral("The device_code was already used."));
    case DeviceState::Approved:
        break;
    }
    device->state = DeviceState::Redeemed;
    return tokenReply(request, 200, issueTokens(clientId, device->scopes));
}

Response FakeOAuthServer::requestDeviceCode(const Request &request)
{
    const Parameters parameters =
        hasJsonBody(request) ? jsonParameters(request.json()) : parseForm(request.body);
    const QString clientId = clientIdOf(request, parameters);
    if (!isKnownClient(clientId))
        return tokenError(request, QStringLiteral("invalid_client"),
                          QStringLiteral("Unknown or missing client_id."));

    QStringList deviceCodes;
    for (const DeviceAuthorization &device : std::as_const(m_devices))
        deviceCodes.append(device.deviceCode);
    DeviceAuthorization device;
    device.deviceCode = uniqueToken(QString(), 40, deviceCodes);
    device.clientId = clientId;
    device.scopes = splitScopes(parameters.value(QStringLiteral("scope")));
    device.interval = m_deviceInterval;
    device.enforceInterval = m_deviceInterval > 0;
    m_devices.append(device);

    const QString letters = QStringLiteral("BCDFGHJKLMNPQRSTVWXZ"); // GitHub's codes avoid vowels
    const QString userCode = randomText(letters, 4) + QLatin1Char('-') + randomText(letters, 4);
    return tokenReply(
        request, 200,
        {{QStringLiteral("device_code"), device.deviceCode},
         {QStringLiteral("user_code"), userCode},
         {QStringLiteral("verification_uri"), url().toString() + QStringLiteral("/login/device")},
         {QStringLiteral("expires_in"), 900},
         {QStringLiteral("interval"), device.interval}});
}

// RFC 7009: the token in the body (or, as Linear's docs show, the Bearer header); 200 even for a
// token already dead. Either token of a grant ends the whole grant.
Response FakeOAuthServer::revoke(const Request &request)
{
    QString token = parseForm(request.body).value(QStringLiteral("token"));
    if (token.isEmpty())
        token = credentials(request, "Bearer");
    if (token.isEmpty())
        return tokenError(request, QStringLiteral("invalid_request"), QStringLiteral("token is missing."));
    m_revokedTokens.append(token);

    QString accessToken = token;
    if (const auto grant = m_liveRefreshTokens.constFind(token); grant != m_liveRefreshTokens.cend()) {
        accessToken = grant->accessToken;
        m_liveRefreshTokens.erase(grant);
    }
    m_liveAccessTokens.remove(accessToken);
    m_liveRefreshTokens.removeIf(
        [&accessToken](const auto &entry) { return entry.value().accessToken == accessToken; });
    return {200, "application/json", {}};
}

QJsonObject FakeOAuthServer::issueTokens(const QString &clientId, const QStringList &scopes)
{
    const bool withRefresh = m_issueRefreshTokens &&
                             (m_flavor != Flavor::Jira || scopes.contains(QLatin1String("offline_access")));
    QString accessPrefix = QStringLiteral("jira_at_");
    QString refreshPrefix = QStringLiteral("jira_rt_");
    if (m_flavor == Flavor::GitHub) {
        // gho_ is an OAuth app's token; ghu_/ghr_ a GitHub App's expiring user token and its refresh.
        accessPrefix = withRefresh ? QStringLiteral("ghu_") : QStringLiteral("gho_");
        refreshPrefix = QStringLiteral("ghr_");
    } else if (m_flavor == Flavor::Linear) {
        accessPrefix = refreshPrefix = QStringLiteral("lin_oauth_");
    }

    const QString accessToken = uniqueToken(accessPrefix, 36, m_issuedAccessTokens);
    m_issuedAccessTokens.append(accessToken);
    m_liveAccessTokens.insert(accessToken, scopes);
    QJsonObject reply{{QStringLiteral("access_token"), accessToken},
                      {QStringLiteral("token_type"), QStringLiteral("bearer")},
                      {QStringLiteral("scope"),
                       scopes.join(m_flavor == Flavor::GitHub ? QLatin1Char(',') : QLatin1Char(' '))}};
    if (m_accessTokenLifetime >= 0)
        reply.insert(QStringLiteral("expires_in"), m_accessTokenLifetime);
    if (withRefresh) {
        const QString refreshToken = uniqueToken(refreshPrefix, 36, m_issuedRefreshTokens);
        m_issuedRefreshTokens.append(refreshToken);
        m_liveRefreshTokens.insert(refreshToken, {clientId, scopes, accessToken});
        reply.insert(QStringLiteral("refresh_token"), refreshToken);
        if (m_flavor == Flavor::GitHub)
            reply.insert(QStringLiteral("refresh_token_expires_in"), 15811200);
    }
    return reply;
}

Response FakeOAuthServer::tokenReply(const Request &request, int status, const QJsonObject &body) const
{
    // GitHub answers in a form unless the client asks for JSON; the others always speak JSON.
    if (m_flavor == Flavor::GitHub && !request.headers.value("accept").contains("application/json"))
        return {status, "application/x-www-form-urlencoded; charset=utf-8", {formEncode(body)}};
    return jsonResponse(status, body);
}

Response FakeOAuthServer::tokenError(const Request &request, const QString &error, const QString &description,
                                     int status) const
{
    return tokenReply(request, status, tokenErrorBody(error, description));
}

FakeOAuthServer::DeviceAuthorization *FakeOAuthServer::latestDevice()
{
    if (m_devices.isEmpty()) {
        qWarning("FakeOAuthServer: no device code has been requested yet");
        return nullptr;
    }
    return &m_devices.last();
}

// --- "Who am I" ---

std::optional<QStringList> FakeOAuthServer::liveTokenScopes(const Request &request) const
{
    const auto found = m_liveAccessTokens.constFind(credentials(request, "Bearer"));
    if (found == m_liveAccessTokens.cend())
        return std::nullopt;
    return *found;
}

Response FakeOAuthServer::githubUser(const Request &request)
{
    ++m_apiCallCount;
    // GitHub takes "Bearer" and its older "token" scheme alike, for OAuth tokens and PATs.
    QString token = credentials(request, "Bearer");
    if (token.isEmpty())
        token = credentials(request, "token");
    if (!m_liveAccessTokens.contains(token) && !m_personalTokens.contains(token))
        return jsonResponse(401, QJsonObject{{QStringLiteral("message"), QStringLiteral("Bad credentials")},
                                             {QStringLiteral("documentation_url"),
                                              QStringLiteral("https://docs.github.com/rest")}});
    return jsonResponse(200, user());
}

Response FakeOAuthServer::linearGraphql(const Request &request)
{
    ++m_apiCallCount;
    // OAuth tokens only as "Bearer <token>", API keys only bare: the other way round is refused.
    const bool oauthToken = liveTokenScopes(request).has_value();
    const bool apiKey = m_personalTokens.contains(QString::fromUtf8(request.headers.value("authorization")));
    if (!oauthToken && !apiKey) {
        const QJsonObject error{
            {QStringLiteral("message"), QStringLiteral("Authentication required")},
            {QStringLiteral("extensions"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("authentication error")}}}};
        return jsonResponse(401, QJsonObject{{QStringLiteral("errors"), QJsonArray{error}}});
    }
    if (!request.json().value(QStringLiteral("query")).toString().contains(QLatin1String("viewer"))) {
        const QJsonObject error{
            {QStringLiteral("message"), QStringLiteral("This emulator answers only the viewer query.")},
            {QStringLiteral("extensions"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("invalid input")}}}};
        return jsonResponse(400, QJsonObject{{QStringLiteral("errors"), QJsonArray{error}}});
    }
    return jsonResponse(
        200, QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("viewer"), user()}}}});
}

Response FakeOAuthServer::jiraAccessibleResources(const Request &request)
{
    ++m_apiCallCount;
    const std::optional<QStringList> scopes = liveTokenScopes(request);
    if (!scopes)
        return jiraUnauthorized();
    return jsonResponse(200, sitesFor(*scopes));
}

Response FakeOAuthServer::jiraCloudMyself(const Request &request, const QString &cloudId)
{
    ++m_apiCallCount;
    const std::optional<QStringList> scopes = liveTokenScopes(request);
    if (!scopes)
        return jiraUnauthorized();
    for (const QJsonValue &site : sitesFor(*scopes)) {
        if (site.toObject().value(QStringLiteral("id")).toString() == cloudId)
            return jsonResponse(200, user());
    }
    return jsonResponse(
        404, QJsonObject{{QStringLiteral("errorMessages"),
                          QJsonArray{QStringLiteral("No site with this cloud id for this token.")}},
                         {QStringLiteral("errors"), QJsonObject()}});
}

// Jira Data Center describes its users by key and name; it has no account ids.
Response FakeOAuthServer::jiraDataCenterMyself(const Request &request)
{
    ++m_apiCallCount;
    const QString token = credentials(request, "Bearer");
    if (token.isEmpty() || !m_personalTokens.contains(token))
        return jiraUnauthorized();
    return jsonResponse(200, QJsonObject{{QStringLiteral("key"), QStringLiteral("JIRAUSER10100")},
                                         {QStringLiteral("name"), QStringLiteral("dana")},
                                         {QStringLiteral("displayName"), kUserName},
                                         {QStringLiteral("emailAddress"), kUserEmail},
                                         {QStringLiteral("active"), true}});
}

Response FakeOAuthServer::jiraBasicMyself(const Request &request)
{
    ++m_apiCallCount;
    const QByteArray expected = (m_basicEmail + QLatin1Char(':') + m_basicApiToken).toUtf8();
    const QByteArray given = QByteArray::fromBase64(credentials(request, "Basic").toLatin1());
    if (m_basicEmail.isEmpty() || given != expected)
        return jiraUnauthorized();
    QJsonObject me = user();
    me.insert(QStringLiteral("emailAddress"), m_basicEmail); // the account that signed in
    return jsonResponse(200, me);
}

QJsonArray FakeOAuthServer::sitesFor(const QStringList &scopes) const
{
    if (m_sites)
        return *m_sites;
    // Like Atlassian: the scopes granted on the site, without offline_access, which is no site's.
    QStringList siteScopes = scopes;
    siteScopes.removeAll(QStringLiteral("offline_access"));
    return {QJsonObject{
        {QStringLiteral("id"), kDefaultCloudId},
        {QStringLiteral("name"), QStringLiteral("docket-test")},
        {QStringLiteral("url"), QStringLiteral("https://docket-test.atlassian.net")},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(siteScopes)},
        {QStringLiteral("avatarUrl"),
         QStringLiteral("https://site-admin-avatar-cdn.prod.public.atl-paas.net/avatars/240/rocket.png")}}};
}
