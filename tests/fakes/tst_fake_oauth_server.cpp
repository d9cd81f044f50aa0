#include "fake_oauth_server.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include <utility>

// The emulator is checked the way Docket's client will use it: over HTTP, with QNetworkAccessManager.

using Flavor = FakeOAuthServer::Flavor;
using Consent = FakeOAuthServer::Consent;
using Fields = QList<std::pair<QString, QString>>;
using Headers = QList<std::pair<QByteArray, QByteArray>>;

Q_DECLARE_METATYPE(FakeOAuthServer::Flavor)

namespace {

const QString kClientId = QStringLiteral("docket-desktop");
const QString kRedirectUri = QStringLiteral("http://127.0.0.1:53682/callback");
const QString kState = QStringLiteral("state-4f2a");
const QString kDeviceGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
const QString kDefaultCloudId = QStringLiteral("1324a887-45db-1bf4-1e99-ef0ff456d421");

// RFC 7636 Appendix B, so the test's own S256 is checked against something it did not compute.
const QString kRfcVerifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
const QString kRfcChallenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");

QString s256(const QString &verifier)
{
    const QByteArray digest = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString newVerifier()
{
    const QString unreserved =
        QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");
    QString verifier;
    for (int i = 0; i < 64; ++i)
        verifier += unreserved.at(QRandomGenerator::global()->bounded(int(unreserved.size())));
    return verifier;
}

// The fields with one set to a value, or removed when the value is null.
Fields changed(Fields fields, const QString &name, const QString &value)
{
    fields.removeIf([&name](const auto &field) { return field.first == name; });
    if (!value.isNull())
        fields.append({name, value});
    return fields;
}

QByteArray formBody(const Fields &fields)
{
    QByteArrayList pairs;
    for (const auto &[name, value] : fields)
        pairs.append(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value));
    return pairs.join('&');
}

struct Reply {
    int status = 0;
    QByteArray contentType;
    QByteArray location;
    QByteArray body;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString error() const { return json().value(QStringLiteral("error")).toString(); }
    QString formField(const QString &name) const
    {
        return QUrlQuery(QString::fromUtf8(body)).queryItemValue(name, QUrl::FullyDecoded);
    }
};

class Http {
public:
    Reply get(const QUrl &url, const Headers &headers = {}) { return send("GET", url, headers, {}); }
    Reply post(const QUrl &url, const QByteArray &body, Headers headers)
    {
        return send("POST", url, headers, body);
    }
    Reply postForm(const QUrl &url, const Fields &fields, Headers headers = {})
    {
        headers.emplaceBack("Content-Type", "application/x-www-form-urlencoded");
        return send("POST", url, headers, formBody(fields));
    }

private:
    Reply send(const QByteArray &verb, const QUrl &url, const Headers &headers, const QByteArray &body)
    {
        QNetworkRequest request(url);
        // A 302 from the authorize endpoint is what the test looks at, not somewhere to go.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            reply->abort(); // the status stays 0, which every comparison catches
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.contentType = reply->rawHeader("Content-Type");
        result.location = reply->rawHeader("Location");
        result.body = reply->readAll();
        reply->deleteLater();
        return result;
    }

    QNetworkAccessManager m_network;
};

QUrl endpoint(const FakeOAuthServer &server, const QString &path)
{
    return QUrl(server.url().toString() + path);
}

QString authorizePath(Flavor flavor)
{
    switch (flavor) {
    case Flavor::GitHub:
        return QStringLiteral("/login/oauth/authorize");
    case Flavor::Linear:
        return QStringLiteral("/oauth/authorize");
    case Flavor::Jira:
        break;
    }
    return QStringLiteral("/authorize");
}

QString tokenPath(Flavor flavor)
{
    return flavor == Flavor::GitHub ? QStringLiteral("/login/oauth/access_token")
                                    : QStringLiteral("/oauth/token");
}

QString defaultScope(Flavor flavor)
{
    switch (flavor) {
    case Flavor::GitHub:
        return QStringLiteral("repo read:user");
    case Flavor::Linear:
        return QStringLiteral("read,write");
    case Flavor::Jira:
        break;
    }
    return QStringLiteral("read:jira-work read:jira-user offline_access");
}

Fields authorizationFields(Flavor flavor, const QString &challenge)
{
    Fields fields{{QStringLiteral("client_id"), kClientId},
                  {QStringLiteral("response_type"), QStringLiteral("code")},
                  {QStringLiteral("redirect_uri"), kRedirectUri},
                  {QStringLiteral("state"), kState},
                  {QStringLiteral("code_challenge"), challenge},
                  {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
                  {QStringLiteral("scope"), defaultScope(flavor)}};
    if (flavor == Flavor::Jira) {
        fields.append({QStringLiteral("audience"), QStringLiteral("api.atlassian.com")});
        fields.append({QStringLiteral("prompt"), QStringLiteral("consent")});
    }
    return fields;
}

QUrl authorizationUrl(const FakeOAuthServer &server, Flavor flavor, const Fields &fields)
{
    QUrl url = endpoint(server, authorizePath(flavor));
    url.setQuery(QString::fromLatin1(formBody(fields)));
    return url;
}

QUrl authorizationUrl(const FakeOAuthServer &server, Flavor flavor, const QString &challenge)
{
    return authorizationUrl(server, flavor, authorizationFields(flavor, challenge));
}

// The code from an approved consent; empty when the server refused the request.
QString consent(FakeOAuthServer &server, Flavor flavor, const QString &verifier)
{
    const QUrl redirect = server.browserConsent(authorizationUrl(server, flavor, s256(verifier)));
    return QUrlQuery(redirect).queryItemValue(QStringLiteral("code"));
}

Fields exchangeFields(const QString &code, const QString &verifier)
{
    return {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
            {QStringLiteral("client_id"), kClientId},
            {QStringLiteral("code"), code},
            {QStringLiteral("redirect_uri"), kRedirectUri},
            {QStringLiteral("code_verifier"), verifier}};
}

Fields refreshFields(const QString &refreshToken)
{
    return {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
            {QStringLiteral("client_id"), kClientId},
            {QStringLiteral("refresh_token"), refreshToken}};
}

// A token request as Docket sends it: a form, asking for JSON (which only GitHub needs to be told).
Reply postToken(Http &http, const FakeOAuthServer &server, Flavor flavor, const Fields &fields)
{
    return http.postForm(endpoint(server, tokenPath(flavor)), fields, {{"Accept", "application/json"}});
}

// Consent and code exchange; the token response, or an empty object when either step failed.
QJsonObject signIn(Http &http, FakeOAuthServer &server, Flavor flavor)
{
    const QString verifier = newVerifier();
    const QString code = consent(server, flavor, verifier);
    if (code.isEmpty())
        return {};
    const Reply reply = postToken(http, server, flavor, exchangeFields(code, verifier));
    return reply.status == 200 ? reply.json() : QJsonObject();
}

QString accessTokenOf(const QJsonObject &tokens)
{
    return tokens.value(QStringLiteral("access_token")).toString();
}

QString refreshTokenOf(const QJsonObject &tokens)
{
    return tokens.value(QStringLiteral("refresh_token")).toString();
}

QByteArray bearer(const QString &token)
{
    return "Bearer " + token.toUtf8();
}

Reply linearViewer(Http &http, const FakeOAuthServer &server, const QByteArray &authorization)
{
    Headers headers{{"Content-Type", "application/json"}};
    if (!authorization.isEmpty())
        headers.emplaceBack("Authorization", authorization);
    return http.post(endpoint(server, QStringLiteral("/graphql")),
                     R"({"query":"query Me { viewer { id name email } }"})", headers);
}

// The flavor's "who am I" with an OAuth token; for Jira through the first accessible site.
Reply whoAmI(Http &http, const FakeOAuthServer &server, Flavor flavor, const QString &accessToken)
{
    const Headers authorization{{"Authorization", bearer(accessToken)}};
    switch (flavor) {
    case Flavor::GitHub:
        return http.get(endpoint(server, QStringLiteral("/api/v3/user")), authorization);
    case Flavor::Linear:
        return linearViewer(http, server, bearer(accessToken));
    case Flavor::Jira:
        break;
    }
    const Reply sites =
        http.get(endpoint(server, QStringLiteral("/oauth/token/accessible-resources")), authorization);
    if (sites.status != 200)
        return sites;
    const QString cloudId =
        QJsonDocument::fromJson(sites.body).array().first().toObject().value(QStringLiteral("id")).toString();
    return http.get(endpoint(server, QStringLiteral("/ex/jira/%1/rest/api/3/myself").arg(cloudId)),
                    authorization);
}

QJsonObject userIn(Flavor flavor, const Reply &reply)
{
    if (flavor == Flavor::Linear)
        return reply.json()
            .value(QStringLiteral("data"))
            .toObject()
            .value(QStringLiteral("viewer"))
            .toObject();
    return reply.json();
}

// What a 401 says in the flavor's words; empty when the reply is no 401.
QString unauthorizedMessage(Flavor flavor, const Reply &reply)
{
    if (reply.status != 401)
        return {};
    if (flavor != Flavor::Linear)
        return reply.json().value(QStringLiteral("message")).toString();
    const QJsonObject error = reply.json().value(QStringLiteral("errors")).toArray().first().toObject();
    return error.value(QStringLiteral("extensions")).toObject().value(QStringLiteral("type")).toString();
}

QString expectedUnauthorizedMessage(Flavor flavor)
{
    switch (flavor) {
    case Flavor::GitHub:
        return QStringLiteral("Bad credentials");
    case Flavor::Linear:
        return QStringLiteral("authentication error");
    case Flavor::Jira:
        break;
    }
    return QStringLiteral("Unauthorized");
}

Reply requestDeviceCode(Http &http, const FakeOAuthServer &server)
{
    return http.postForm(
        endpoint(server, QStringLiteral("/login/device/code")),
        {{QStringLiteral("client_id"), kClientId}, {QStringLiteral("scope"), QStringLiteral("repo")}},
        {{"Accept", "application/json"}});
}

Reply pollDevice(Http &http, const FakeOAuthServer &server, const QString &deviceCode)
{
    return postToken(http, server, Flavor::GitHub,
                     {{QStringLiteral("client_id"), kClientId},
                      {QStringLiteral("device_code"), deviceCode},
                      {QStringLiteral("grant_type"), kDeviceGrant}});
}

QString deviceCodeOf(const Reply &reply)
{
    return reply.json().value(QStringLiteral("device_code")).toString();
}

void addFlavorRows()
{
    QTest::addColumn<Flavor>("flavor");
    QTest::newRow("github") << Flavor::GitHub;
    QTest::newRow("linear") << Flavor::Linear;
    QTest::newRow("jira") << Flavor::Jira;
}

} // namespace

class TestFakeOAuthServer : public QObject {
    Q_OBJECT
private slots:
    void s256MatchesTheRfc7636Example();
    void rfc7636ExamplePairIsAccepted();
    void webFlowIssuesTokensThatOpenTheApi_data();
    void webFlowIssuesTokensThatOpenTheApi();
    void invalidAuthorizationRequestsAreRefused_data();
    void invalidAuthorizationRequestsAreRefused();
    void consentNeedsThisServersAuthorizeEndpoint();
    void registeredClientIdIsEnforced();
    void deniedConsentRedirectsWithAccessDenied();
    void browserGetRedirectsToTheLoopback();
    void wrongOrMissingVerifierIsInvalidGrant();
    void codeIsSingleUse();
    void codeIsBoundToClientAndRedirectUri();
    void tokenRequestErrorsFollowRfc6749();
    void clientMayAuthenticateWithHttpBasic();
    void refreshRotatesBothTokens_data();
    void refreshRotatesBothTokens();
    void expiredAccessTokensCanBeRefreshed();
    void revokeEverythingEndsTheGrantButNotPersonalTokens();
    void githubOAuthAppTokensNeitherExpireNorRefresh();
    void githubAnswersInAFormUnlessAskedForJson();
    void deviceFlowPendingSlowDownApprove();
    void deviceFlowPollingTooFastSlowsDown();
    void deviceFlowExpiredAndDenied();
    void linearTakesBearerTokensAndBareKeys();
    void linearRevokeEndsTheGrant();
    void jiraRefreshTokenNeedsOfflineAccess();
    void jiraSitesNameTheCloudIdForMyself();
    void jiraTokenEndpointTakesJson();
    void jiraDataCenterTokenAndCloudBasicAuth();
    void failNextTokenRequestIsOneOff();
    void tokensAreRandomAndUnique();
};

void TestFakeOAuthServer::s256MatchesTheRfc7636Example()
{
    QCOMPARE(s256(kRfcVerifier), kRfcChallenge);
}

void TestFakeOAuthServer::rfc7636ExamplePairIsAccepted()
{
    FakeOAuthServer server(Flavor::GitHub);
    Http http;
    const QUrl redirect = server.browserConsent(authorizationUrl(server, Flavor::GitHub, kRfcChallenge));
    const QString code = QUrlQuery(redirect).queryItemValue(QStringLiteral("code"));
    QVERIFY2(!code.isEmpty(), qPrintable(server.lastError()));

    const Reply reply = postToken(http, server, Flavor::GitHub, exchangeFields(code, kRfcVerifier));
    QCOMPARE(reply.status, 200);
    QVERIFY(!accessTokenOf(reply.json()).isEmpty());
    // The request log shows what the client sent.
    const FakeHttpServer::Request &sent = server.http().requests().last();
    QCOMPARE(sent.path, QByteArray("/login/oauth/access_token"));
    QVERIFY(sent.body.contains("code_verifier=" + kRfcVerifier.toLatin1()));
}

void TestFakeOAuthServer::webFlowIssuesTokensThatOpenTheApi_data()
{
    QTest::addColumn<Flavor>("flavor");
    QTest::addColumn<QString>("accessPrefix");
    QTest::addColumn<QString>("refreshPrefix");
    QTest::addColumn<int>("expiresIn");
    QTest::addColumn<QString>("scope");
    QTest::newRow("github") << Flavor::GitHub << "ghu_"
                            << "ghr_" << 28800 << "repo,read:user";
    QTest::newRow("linear") << Flavor::Linear << "lin_oauth_"
                            << "lin_oauth_" << 86399 << "read write";
    QTest::newRow("jira") << Flavor::Jira << "jira_at_"
                          << "jira_rt_" << 3600 << "read:jira-work read:jira-user offline_access";
}

void TestFakeOAuthServer::webFlowIssuesTokensThatOpenTheApi()
{
    QFETCH(Flavor, flavor);
    QFETCH(QString, accessPrefix);
    QFETCH(QString, refreshPrefix);
    QFETCH(int, expiresIn);
    QFETCH(QString, scope);
    FakeOAuthServer server(flavor);
    Http http;

    const QString verifier = newVerifier();
    const QUrl redirect = server.browserConsent(authorizationUrl(server, flavor, s256(verifier)));
    QVERIFY2(!redirect.isEmpty(), qPrintable(server.lastError()));
    QVERIFY(server.lastError().isEmpty());
    QCOMPARE(redirect.adjusted(QUrl::RemoveQuery), QUrl(kRedirectUri));
    const QUrlQuery query(redirect);
    QCOMPARE(query.queryItemValue(QStringLiteral("state")), kState);
    const QString code = query.queryItemValue(QStringLiteral("code"));
    QVERIFY(!code.isEmpty());

    const Reply reply = postToken(http, server, flavor, exchangeFields(code, verifier));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.contentType.startsWith("application/json"));
    const QJsonObject tokens = reply.json();
    QVERIFY(accessTokenOf(tokens).startsWith(accessPrefix));
    QVERIFY(refreshTokenOf(tokens).startsWith(refreshPrefix));
    QCOMPARE(tokens.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
    QCOMPARE(tokens.value(QStringLiteral("expires_in")).toInt(), expiresIn);
    QCOMPARE(tokens.value(QStringLiteral("scope")).toString(), scope);
    QCOMPARE(server.issuedAccessTokens(), QStringList{accessTokenOf(tokens)});
    QCOMPARE(server.issuedRefreshTokens(), QStringList{refreshTokenOf(tokens)});
    QCOMPARE(server.tokenRequestCount(), 1);

    const Reply me = whoAmI(http, server, flavor, accessTokenOf(tokens));
    QCOMPARE(me.status, 200);
    QCOMPARE(userIn(flavor, me), server.user());
    QVERIFY(server.apiCallCount() >= 1);
}

void TestFakeOAuthServer::invalidAuthorizationRequestsAreRefused_data()
{
    QTest::addColumn<Flavor>("flavor");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("value"); // null: left out
    const QString missing;
    QTest::newRow("no client_id") << Flavor::GitHub << "client_id" << missing;
    QTest::newRow("implicit grant") << Flavor::GitHub << "response_type"
                                    << "token";
    QTest::newRow("no redirect_uri") << Flavor::Linear << "redirect_uri" << missing;
    QTest::newRow("https redirect") << Flavor::Linear << "redirect_uri"
                                    << "https://127.0.0.1:53682/callback";
    QTest::newRow("remote redirect") << Flavor::Linear << "redirect_uri"
                                     << "http://docket.invalid/callback";
    QTest::newRow("no state") << Flavor::Jira << "state" << missing;
    QTest::newRow("no challenge") << Flavor::GitHub << "code_challenge" << missing;
    QTest::newRow("padded challenge")
        << Flavor::GitHub << "code_challenge" << kRfcChallenge + QLatin1Char('=');
    QTest::newRow("plain method") << Flavor::Linear << "code_challenge_method"
                                  << "plain";
    QTest::newRow("no method") << Flavor::Linear << "code_challenge_method" << missing;
    QTest::newRow("jira without audience") << Flavor::Jira << "audience" << missing;
    QTest::newRow("jira without consent prompt") << Flavor::Jira << "prompt"
                                                 << "none";
    QTest::newRow("jira without scope") << Flavor::Jira << "scope" << missing;
}

void TestFakeOAuthServer::invalidAuthorizationRequestsAreRefused()
{
    QFETCH(Flavor, flavor);
    QFETCH(QString, parameter);
    QFETCH(QString, value);
    FakeOAuthServer server(flavor);
    const Fields valid = authorizationFields(flavor, s256(newVerifier()));

    const QUrl refused =
        server.browserConsent(authorizationUrl(server, flavor, changed(valid, parameter, value)));
    QVERIFY(refused.isEmpty());
    QVERIFY2(server.lastError().contains(parameter), qPrintable(server.lastError()));

    // The same request with that one parameter right goes through, and clears the error.
    QVERIFY(!server.browserConsent(authorizationUrl(server, flavor, valid)).isEmpty());
    QVERIFY(server.lastError().isEmpty());
}

void TestFakeOAuthServer::consentNeedsThisServersAuthorizeEndpoint()
{
    FakeOAuthServer server(Flavor::GitHub);
    QUrl wrongPath = authorizationUrl(server, Flavor::GitHub, s256(newVerifier()));
    wrongPath.setPath(QStringLiteral("/oauth/authorize")); // Linear's path, not GitHub's
    QVERIFY(server.browserConsent(wrongPath).isEmpty());
    QVERIFY(server.lastError().contains(QLatin1String("/login/oauth/authorize")));
}

void TestFakeOAuthServer::registeredClientIdIsEnforced()
{
    FakeOAuthServer server(Flavor::Linear);
    server.setClientId(kClientId);
    Http http;
    const QString verifier = newVerifier();
    const Fields fields = authorizationFields(Flavor::Linear, s256(verifier));

    const Fields stranger = changed(fields, QStringLiteral("client_id"), QStringLiteral("someone-else"));
    QVERIFY(server.browserConsent(authorizationUrl(server, Flavor::Linear, stranger)).isEmpty());
    QVERIFY(server.lastError().contains(QLatin1String("client_id")));

    const QString code = QUrlQuery(server.browserConsent(authorizationUrl(server, Flavor::Linear, fields)))
                             .queryItemValue(QStringLiteral("code"));
    QVERIFY(!code.isEmpty());
    const Fields exchange = exchangeFields(code, verifier);
    const Reply refused =
        postToken(http, server, Flavor::Linear,
                  changed(exchange, QStringLiteral("client_id"), QStringLiteral("someone-else")));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.error(), QStringLiteral("invalid_client"));
    QCOMPARE(postToken(http, server, Flavor::Linear, exchange).status, 200);
}

void TestFakeOAuthServer::deniedConsentRedirectsWithAccessDenied()
{
    FakeOAuthServer server(Flavor::Linear);
    const QString state = QStringLiteral("a b&c=d/e");
    Fields fields = authorizationFields(Flavor::Linear, s256(newVerifier()));
    fields =
        changed(fields, QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:8080/cb?session=7"));
    fields = changed(fields, QStringLiteral("state"), state);

    const QUrl redirect =
        server.browserConsent(authorizationUrl(server, Flavor::Linear, fields), Consent::Deny);
    QVERIFY2(!redirect.isEmpty(), qPrintable(server.lastError()));
    QCOMPARE(redirect.host(), QStringLiteral("localhost"));
    QCOMPARE(redirect.path(), QStringLiteral("/cb"));
    const QUrlQuery query(redirect);
    QCOMPARE(query.queryItemValue(QStringLiteral("session")), QStringLiteral("7"));
    QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), state);
    QVERIFY(!query.hasQueryItem(QStringLiteral("code")));
}

void TestFakeOAuthServer::browserGetRedirectsToTheLoopback()
{
    FakeOAuthServer server(Flavor::GitHub);
    Http http;
    const QString verifier = newVerifier();

    const Reply approved = http.get(authorizationUrl(server, Flavor::GitHub, s256(verifier)));
    QCOMPARE(approved.status, 302);
    const QUrl location = QUrl::fromEncoded(approved.location);
    QCOMPARE(location.adjusted(QUrl::RemoveQuery), QUrl(kRedirectUri));
    QCOMPARE(QUrlQuery(location).queryItemValue(QStringLiteral("state")), kState);
    const QString code = QUrlQuery(location).queryItemValue(QStringLiteral("code"));
    // GitHub alone lets the redirect_uri be left out of the exchange.
    const Fields exchange =
        changed(exchangeFields(code, verifier), QStringLiteral("redirect_uri"), QString());
    QCOMPARE(postToken(http, server, Flavor::GitHub, exchange).status, 200);

    const Fields noState =
        changed(authorizationFields(Flavor::GitHub, s256(verifier)), QStringLiteral("state"), {});
    const Reply refused = http.get(authorizationUrl(server, Flavor::GitHub, noState));
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.body.contains("state"));
}

void TestFakeOAuthServer::wrongOrMissingVerifierIsInvalidGrant()
{
    FakeOAuthServer server(Flavor::Linear);
    Http http;
    const QString verifier = newVerifier();
    const QString code = consent(server, Flavor::Linear, verifier);
    QVERIFY(!code.isEmpty());
    const Fields exchange = exchangeFields(code, verifier);
    const QString verifierField = QStringLiteral("code_verifier");

    for (const QString &wrong : {newVerifier(), QString(), QStringLiteral("too-short"), s256(verifier)}) {
        const Reply refused =
            postToken(http, server, Flavor::Linear, changed(exchange, verifierField, wrong));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.error(), QStringLiteral("invalid_grant"));
        QVERIFY(!refused.json().value(QStringLiteral("error_description")).toString().isEmpty());
    }
    // Failed attempts do not use the code up: the client holding the verifier still gets its tokens.
    QCOMPARE(postToken(http, server, Flavor::Linear, exchange).status, 200);
}

void TestFakeOAuthServer::codeIsSingleUse()
{
    FakeOAuthServer server(Flavor::Jira);
    Http http;
    const QString verifier = newVerifier();
    const QString code = consent(server, Flavor::Jira, verifier);

    QCOMPARE(postToken(http, server, Flavor::Jira, exchangeFields(code, verifier)).status, 200);
    const Reply again = postToken(http, server, Flavor::Jira, exchangeFields(code, verifier));
    QCOMPARE(again.status, 400);
    QCOMPARE(again.error(), QStringLiteral("invalid_grant"));
    QCOMPARE(server.issuedAccessTokens().size(), 1);
}

void TestFakeOAuthServer::codeIsBoundToClientAndRedirectUri()
{
    FakeOAuthServer server(Flavor::Linear);
    Http http;
    const QString verifier = newVerifier();
    const QString code = consent(server, Flavor::Linear, verifier);
    const Fields exchange = exchangeFields(code, verifier);

    const Reply otherClient =
        postToken(http, server, Flavor::Linear,
                  changed(exchange, QStringLiteral("client_id"), QStringLiteral("other")));
    QCOMPARE(otherClient.status, 400);
    QCOMPARE(otherClient.error(), QStringLiteral("invalid_grant"));
    const Reply otherRedirect = postToken(
        http, server, Flavor::Linear,
        changed(exchange, QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:9/elsewhere")));
    QCOMPARE(otherRedirect.status, 400);
    QCOMPARE(otherRedirect.error(), QStringLiteral("invalid_grant"));
    const Reply noRedirect =
        postToken(http, server, Flavor::Linear, changed(exchange, QStringLiteral("redirect_uri"), QString()));
    QCOMPARE(noRedirect.status, 400);
    QCOMPARE(noRedirect.error(), QStringLiteral("invalid_request"));
    QCOMPARE(postToken(http, server, Flavor::Linear, exchange).status, 200);
}

void TestFakeOAuthServer::tokenRequestErrorsFollowRfc6749()
{
    FakeOAuthServer server(Flavor::Linear);
    Http http;
    const QString verifier = newVerifier();
    const Fields exchange = exchangeFields(consent(server, Flavor::Linear, verifier), verifier);
    const QString grantType = QStringLiteral("grant_type");

    const std::pair<Fields, QString> cases[] = {
        {changed(exchange, QStringLiteral("client_id"), QString()), QStringLiteral("invalid_client")},
        {changed(exchange, grantType, QStringLiteral("password")), QStringLiteral("unsupported_grant_type")},
        {changed(exchange, grantType, kDeviceGrant),
         QStringLiteral("unsupported_grant_type")}, // GitHub's only
        {changed(exchange, grantType, QString()), QStringLiteral("invalid_request")},
        {changed(exchange, QStringLiteral("code"), QString()), QStringLiteral("invalid_request")},
    };
    for (const auto &[fields, error] : cases) {
        const Reply refused = postToken(http, server, Flavor::Linear, fields);
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.contentType.startsWith("application/json"));
        QCOMPARE(refused.error(), error);
    }

    // Linear takes forms only.
    QJsonObject asJson;
    for (const auto &[name, value] : exchange)
        asJson.insert(name, value);
    const Reply jsonBody = http.post(endpoint(server, QStringLiteral("/oauth/token")),
                                     QJsonDocument(asJson).toJson(), {{"Content-Type", "application/json"}});
    QCOMPARE(jsonBody.status, 400);
    QCOMPARE(jsonBody.error(), QStringLiteral("invalid_request"));

    QCOMPARE(postToken(http, server, Flavor::Linear, exchange).status, 200);
    QCOMPARE(server.tokenRequestCount(), 7);
}

void TestFakeOAuthServer::clientMayAuthenticateWithHttpBasic()
{
    FakeOAuthServer server(Flavor::Jira);
    Http http;
    const QString verifier = newVerifier();
    const Fields exchange = changed(exchangeFields(consent(server, Flavor::Jira, verifier), verifier),
                                    QStringLiteral("client_id"), {});
    const QByteArray basic = "Basic " + (kClientId + QStringLiteral(":client-secret")).toUtf8().toBase64();

    const Reply reply =
        http.postForm(endpoint(server, QStringLiteral("/oauth/token")), exchange, {{"Authorization", basic}});
    QCOMPARE(reply.status, 200);
    QVERIFY(!accessTokenOf(reply.json()).isEmpty());
}

void TestFakeOAuthServer::refreshRotatesBothTokens_data()
{
    addFlavorRows();
}

void TestFakeOAuthServer::refreshRotatesBothTokens()
{
    QFETCH(Flavor, flavor);
    FakeOAuthServer server(flavor);
    Http http;
    const QJsonObject first = signIn(http, server, flavor);
    QVERIFY(!refreshTokenOf(first).isEmpty());

    const Reply refreshed = postToken(http, server, flavor, refreshFields(refreshTokenOf(first)));
    QCOMPARE(refreshed.status, 200);
    const QJsonObject second = refreshed.json();
    QVERIFY(!accessTokenOf(second).isEmpty());
    QVERIFY(!refreshTokenOf(second).isEmpty());
    QVERIFY(accessTokenOf(second) != accessTokenOf(first));
    QVERIFY(refreshTokenOf(second) != refreshTokenOf(first));

    QCOMPARE(unauthorizedMessage(flavor, whoAmI(http, server, flavor, accessTokenOf(first))),
             expectedUnauthorizedMessage(flavor));
    QCOMPARE(whoAmI(http, server, flavor, accessTokenOf(second)).status, 200);

    const Reply reused = postToken(http, server, flavor, refreshFields(refreshTokenOf(first)));
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.error(), QStringLiteral("invalid_grant"));

    const Fields stolen =
        changed(refreshFields(refreshTokenOf(second)), QStringLiteral("client_id"), QStringLiteral("other"));
    QCOMPARE(postToken(http, server, flavor, stolen).error(), QStringLiteral("invalid_grant"));
    QCOMPARE(postToken(http, server, flavor, refreshFields(refreshTokenOf(second))).status, 200);
    QCOMPARE(server.issuedRefreshTokens().size(), 3);
}

void TestFakeOAuthServer::expiredAccessTokensCanBeRefreshed()
{
    FakeOAuthServer server(Flavor::GitHub);
    Http http;
    const QJsonObject tokens = signIn(http, server, Flavor::GitHub);
    QCOMPARE(whoAmI(http, server, Flavor::GitHub, accessTokenOf(tokens)).status, 200);

    server.expireAccessTokens();
    QCOMPARE(unauthorizedMessage(Flavor::GitHub, whoAmI(http, server, Flavor::GitHub, accessTokenOf(tokens))),
             QStringLiteral("Bad credentials"));
    const Reply refreshed = postToken(http, server, Flavor::GitHub, refreshFields(refreshTokenOf(tokens)));
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(whoAmI(http, server, Flavor::GitHub, accessTokenOf(refreshed.json())).status, 200);
}

void TestFakeOAuthServer::revokeEverythingEndsTheGrantButNotPersonalTokens()
{
    FakeOAuthServer server(Flavor::GitHub);
    Http http;
    const QString pat = QStringLiteral("ghp_personal0123456789");
    server.addPersonalToken(pat);
    const QJsonObject tokens = signIn(http, server, Flavor::GitHub);

    server.revokeEverything();
    QCOMPARE(whoAmI(http, server, Flavor::GitHub, accessTokenOf(tokens)).status, 401);
    const Reply refresh = postToken(http, server, Flavor::GitHub, refreshFields(refreshTokenOf(tokens)));
    QCOMPARE(refresh.status, 400);
    QCOMPARE(refresh.error(), QStringLiteral("invalid_grant"));
    QCOMPARE(whoAmI(http, server, Flavor::GitHub, pat).status, 200);
    const Reply classicScheme = http.get(endpoint(server, QStringLiteral("/api/v3/user")),
                                         {{"Authorization", "token " + pat.toUtf8()}});
    QCOMPARE(classicScheme.status, 200);

    // Signing in again is a new grant.
    QCOMPARE(whoAmI(http, server, Flavor::GitHub, accessTokenOf(signIn(http, server, Flavor::GitHub))).status,
             200);
}

void TestFakeOAuthServer::githubOAuthAppTokensNeitherExpireNorRefresh()
{
    FakeOAuthServer server(Flavor::GitHub);
    server.setIssueRefreshTokens(false);
    server.setAccessTokenLifetime(-1);
    Http http;

    const QJsonObject tokens = signIn(http, server, Flavor::GitHub);
    QVERIFY(accessTokenOf(tokens).startsWith(QLatin1String("gho_")));
    QVERIFY(!tokens.contains(QStringLiteral("refresh_token")));
    QVERIFY(!tokens.contains(QStringLiteral("expires_in")));
    QVERIFY(server.issuedRefreshTokens().isEmpty());
    QCOMPARE(whoAmI(http, server, Flavor::GitHub, accessTokenOf(tokens)).status, 200);
}

void TestFakeOAuthServer::githubAnswersInAFormUnlessAskedForJson()
{
    FakeOAuthServer server(Flavor::GitHub);
    Http http;
    const QString verifier = newVerifier();
    const Fields exchange = exchangeFields(consent(server, Flavor::GitHub, verifier), verifier);
    const QUrl tokenUrl = endpoint(server, tokenPath(Flavor::GitHub));

    const Reply form = http.postForm(tokenUrl, exchange);
    QCOMPARE(form.status, 200);
    QVERIFY(form.contentType.startsWith("application/x-www-form-urlencoded"));
    QVERIFY(QJsonDocument::fromJson(form.body).isNull());
    QVERIFY(form.formField(QStringLiteral("access_token")).startsWith(QLatin1String("ghu_")));
    QVERIFY(form.formField(QStringLiteral("refresh_token")).startsWith(QLatin1String("ghr_")));
    QCOMPARE(form.formField(QStringLiteral("token_type")), QStringLiteral("bearer"));
    QCOMPARE(form.formField(QStringLiteral("expires_in")), QStringLiteral("28800"));
    QCOMPARE(form.formField(QStringLiteral("scope")), QStringLiteral("repo,read:user"));

    const Reply formError = http.postForm(tokenUrl, exchange);
    QCOMPARE(formError.status, 400);
    QCOMPARE(formError.formField(QStringLiteral("error")), QStringLiteral("invalid_grant"));

    const Reply jsonError = http.postForm(tokenUrl, exchange, {{"Accept", "application/json"}});
    QCOMPARE(jsonError.status, 400);
    QVERIFY(jsonError.contentType.startsWith("application/json"));
    QCOMPARE(jsonError.error(), QStringLiteral("invalid_grant"));

    const Reply deviceForm = http.postForm(endpoint(server, QStringLiteral("/login/device/code")),
                                           {{QStringLiteral("client_id"), kClientId}});
    QCOMPARE(deviceForm.status, 200);
    QCOMPARE(deviceForm.formField(QStringLiteral("device_code")).size(), 40);
}

void TestFakeOAuthServer::deviceFlowPendingSlowDownApprove()
{
    FakeOAuthServer server(Flavor::GitHub);
    Http http;
    const Reply codeReply = requestDeviceCode(http, server);
    QCOMPARE(codeReply.status, 200);
    const QJsonObject device = codeReply.json();
    const QString deviceCode = deviceCodeOf(codeReply);
    QCOMPARE(deviceCode.size(), 40);
    static const QRegularExpression userCodeShape(QStringLiteral("^[A-Z]{4}-[A-Z]{4}$"));
    QVERIFY(userCodeShape.match(device.value(QStringLiteral("user_code")).toString()).hasMatch());
    QCOMPARE(device.value(QStringLiteral("verification_uri")).toString(),
             endpoint(server, QStringLiteral("/login/device")).toString());
    QCOMPARE(device.value(QStringLiteral("expires_in")).toInt(), 900);
    QCOMPARE(device.value(QStringLiteral("interval")).toInt(), 0);

    const Reply pending = pollDevice(http, server, deviceCode);
    QCOMPARE(pending.status, 200); // as GitHub does
    QCOMPARE(pending.error(), QStringLiteral("authorization_pending"));

    server.slowDownNextPoll();
    const Reply slowDown = pollDevice(http, server, deviceCode);
    QCOMPARE(slowDown.status, 200);
    QCOMPARE(slowDown.error(), QStringLiteral("slow_down"));
    QCOMPARE(slowDown.json().value(QStringLiteral("interval")).toInt(), 5);
    QCOMPARE(pollDevice(http, server, deviceCode).error(), QStringLiteral("authorization_pending"));

    server.approveDevice();
    const Reply granted = pollDevice(http, server, deviceCode);
    QCOMPARE(granted.status, 200);
    QVERIFY(accessTokenOf(granted.json()).startsWith(QLatin1String("ghu_")));
    QVERIFY(refreshTokenOf(granted.json()).startsWith(QLatin1String("ghr_")));
    QCOMPARE(granted.json().value(QStringLiteral("scope")).toString(), QStringLiteral("repo"));
    QCOMPARE(whoAmI(http, server, Flavor::GitHub, accessTokenOf(granted.json())).status, 200);

    const Reply redeemed = pollDevice(http, server, deviceCode);
    QCOMPARE(redeemed.status, 400);
    QCOMPARE(redeemed.error(), QStringLiteral("invalid_grant"));
    QCOMPARE(pollDevice(http, server, QStringLiteral("no-such-device-code")).error(),
             QStringLiteral("invalid_grant"));
    QCOMPARE(server.tokenRequestCount(), 6);
}

void TestFakeOAuthServer::deviceFlowPollingTooFastSlowsDown()
{
    FakeOAuthServer server(Flavor::GitHub);
    server.setDeviceInterval(60);
    Http http;
    const Reply codeReply = requestDeviceCode(http, server);
    QCOMPARE(codeReply.json().value(QStringLiteral("interval")).toInt(), 60);

    QCOMPARE(pollDevice(http, server, deviceCodeOf(codeReply)).error(),
             QStringLiteral("authorization_pending"));
    // Well within the 60 s the server asked for.
    const Reply tooSoon = pollDevice(http, server, deviceCodeOf(codeReply));
    QCOMPARE(tooSoon.error(), QStringLiteral("slow_down"));
    QCOMPARE(tooSoon.json().value(QStringLiteral("interval")).toInt(), 65);
}

void TestFakeOAuthServer::deviceFlowExpiredAndDenied()
{
    FakeOAuthServer server(Flavor::GitHub);
    Http http;
    const QString first = deviceCodeOf(requestDeviceCode(http, server));
    server.expireDevice();
    const Reply expired = pollDevice(http, server, first);
    QCOMPARE(expired.status, 400);
    QCOMPARE(expired.error(), QStringLiteral("expired_token"));

    const QString second = deviceCodeOf(requestDeviceCode(http, server));
    server.denyDevice(); // the latest device code only
    const Reply denied = pollDevice(http, server, second);
    QCOMPARE(denied.status, 400);
    QCOMPARE(denied.error(), QStringLiteral("access_denied"));
    QCOMPARE(pollDevice(http, server, first).error(), QStringLiteral("expired_token"));
    QVERIFY(server.issuedAccessTokens().isEmpty());
}

void TestFakeOAuthServer::linearTakesBearerTokensAndBareKeys()
{
    FakeOAuthServer server(Flavor::Linear);
    Http http;
    const QString apiKey = QStringLiteral("lin_api_personal0123456789");
    server.addPersonalToken(apiKey);
    const QString oauthToken = accessTokenOf(signIn(http, server, Flavor::Linear));
    QVERIFY(!oauthToken.isEmpty());

    const Reply oauth = linearViewer(http, server, bearer(oauthToken));
    QCOMPARE(oauth.status, 200);
    QCOMPARE(userIn(Flavor::Linear, oauth), server.user());
    QCOMPARE(linearViewer(http, server, apiKey.toUtf8()).status, 200);

    for (const QByteArray &wrongForm : {oauthToken.toUtf8(), bearer(apiKey), QByteArray()}) {
        const Reply refused = linearViewer(http, server, wrongForm);
        QCOMPARE(unauthorizedMessage(Flavor::Linear, refused), QStringLiteral("authentication error"));
        QCOMPARE(refused.json()
                     .value(QStringLiteral("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString(),
                 QStringLiteral("Authentication required"));
    }

    const Reply otherQuery =
        http.post(endpoint(server, QStringLiteral("/graphql")), R"({"query":"{ teams { nodes { id } } }"})",
                  {{"Content-Type", "application/json"}, {"Authorization", bearer(oauthToken)}});
    QCOMPARE(otherQuery.status, 400);
    QCOMPARE(server.apiCallCount(), 6);
}

void TestFakeOAuthServer::linearRevokeEndsTheGrant()
{
    FakeOAuthServer server(Flavor::Linear);
    Http http;
    const QUrl revokeUrl = endpoint(server, QStringLiteral("/oauth/revoke"));

    const QJsonObject byBody = signIn(http, server, Flavor::Linear);
    QCOMPARE(http.postForm(revokeUrl, {{QStringLiteral("token"), accessTokenOf(byBody)}}).status, 200);
    QCOMPARE(whoAmI(http, server, Flavor::Linear, accessTokenOf(byBody)).status, 401);
    QCOMPARE(postToken(http, server, Flavor::Linear, refreshFields(refreshTokenOf(byBody))).error(),
             QStringLiteral("invalid_grant"));

    const QJsonObject byHeader = signIn(http, server, Flavor::Linear);
    QCOMPARE(http.post(revokeUrl, {}, {{"Authorization", bearer(accessTokenOf(byHeader))}}).status, 200);
    QCOMPARE(whoAmI(http, server, Flavor::Linear, accessTokenOf(byHeader)).status, 401);

    const QJsonObject byRefresh = signIn(http, server, Flavor::Linear);
    QCOMPARE(http.postForm(revokeUrl, {{QStringLiteral("token"), refreshTokenOf(byRefresh)}}).status, 200);
    QCOMPARE(whoAmI(http, server, Flavor::Linear, accessTokenOf(byRefresh)).status, 401);

    QCOMPARE(server.revokedTokens(),
             (QStringList{accessTokenOf(byBody), accessTokenOf(byHeader), refreshTokenOf(byRefresh)}));
    QCOMPARE(http.postForm(revokeUrl, {}).status, 400);
}

void TestFakeOAuthServer::jiraRefreshTokenNeedsOfflineAccess()
{
    FakeOAuthServer server(Flavor::Jira);
    Http http;
    const QString verifier = newVerifier();
    const Fields withoutOffline =
        changed(authorizationFields(Flavor::Jira, s256(verifier)), QStringLiteral("scope"),
                QStringLiteral("read:jira-work read:jira-user"));
    const QString code =
        QUrlQuery(server.browserConsent(authorizationUrl(server, Flavor::Jira, withoutOffline)))
            .queryItemValue(QStringLiteral("code"));
    const Reply online = postToken(http, server, Flavor::Jira, exchangeFields(code, verifier));
    QCOMPARE(online.status, 200);
    QVERIFY(!online.json().contains(QStringLiteral("refresh_token")));

    QVERIFY(refreshTokenOf(signIn(http, server, Flavor::Jira)).startsWith(QLatin1String("jira_rt_")));
}

void TestFakeOAuthServer::jiraSitesNameTheCloudIdForMyself()
{
    FakeOAuthServer server(Flavor::Jira);
    Http http;
    const QString token = accessTokenOf(signIn(http, server, Flavor::Jira));
    const Headers authorization{{"Authorization", bearer(token)}};
    const QUrl resourcesUrl = endpoint(server, QStringLiteral("/oauth/token/accessible-resources"));
    const auto myselfOn = [&server](const QString &cloudId) {
        return endpoint(server, QStringLiteral("/ex/jira/%1/rest/api/3/myself").arg(cloudId));
    };

    const QJsonArray sites = QJsonDocument::fromJson(http.get(resourcesUrl, authorization).body).array();
    QCOMPARE(sites.size(), 1);
    const QJsonObject site = sites.first().toObject();
    QCOMPARE(site.value(QStringLiteral("id")).toString(), kDefaultCloudId);
    QVERIFY(site.value(QStringLiteral("url")).toString().startsWith(QLatin1String("https://")));
    QVERIFY(!site.value(QStringLiteral("name")).toString().isEmpty());
    QVERIFY(!site.value(QStringLiteral("avatarUrl")).toString().isEmpty());
    QCOMPARE(site.value(QStringLiteral("scopes")).toArray(),
             (QJsonArray{QStringLiteral("read:jira-work"), QStringLiteral("read:jira-user")}));

    const Reply myself = http.get(myselfOn(kDefaultCloudId), authorization);
    QCOMPARE(myself.status, 200);
    QCOMPARE(myself.json(), server.user());
    QCOMPARE(http.get(myselfOn(QStringLiteral("not-a-site")), authorization).status, 404);
    // OAuth tokens work through api.atlassian.com only, never on the site itself.
    QCOMPARE(http.get(endpoint(server, QStringLiteral("/rest/api/3/myself")), authorization).status, 401);

    const QString secondId = QStringLiteral("a7c2e5f0-0000-4000-8000-000000000002");
    server.setSites(
        {QJsonObject{{QStringLiteral("id"), QStringLiteral("a7c2e5f0-0000-4000-8000-000000000001")},
                     {QStringLiteral("name"), QStringLiteral("acme")}},
         QJsonObject{{QStringLiteral("id"), secondId}, {QStringLiteral("name"), QStringLiteral("acme-eu")}}});
    QCOMPARE(QJsonDocument::fromJson(http.get(resourcesUrl, authorization).body).array().size(), 2);
    QCOMPARE(http.get(myselfOn(secondId), authorization).status, 200);
    QCOMPARE(http.get(myselfOn(kDefaultCloudId), authorization).status, 404);
}

void TestFakeOAuthServer::jiraTokenEndpointTakesJson()
{
    FakeOAuthServer server(Flavor::Jira);
    Http http;
    const QString verifier = newVerifier();
    const auto postJson = [&](const Fields &fields) {
        QJsonObject body;
        for (const auto &[name, value] : fields)
            body.insert(name, value);
        return http.post(endpoint(server, QStringLiteral("/oauth/token")), QJsonDocument(body).toJson(),
                         {{"Content-Type", "application/json"}});
    };

    const Reply exchanged = postJson(exchangeFields(consent(server, Flavor::Jira, verifier), verifier));
    QCOMPARE(exchanged.status, 200);
    const Reply refreshed = postJson(refreshFields(refreshTokenOf(exchanged.json())));
    QCOMPARE(refreshed.status, 200);
    QVERIFY(accessTokenOf(refreshed.json()).startsWith(QLatin1String("jira_at_")));
}

void TestFakeOAuthServer::jiraDataCenterTokenAndCloudBasicAuth()
{
    FakeOAuthServer server(Flavor::Jira);
    Http http;
    const QString pat = QStringLiteral("dc-pat-0123456789");
    server.addPersonalToken(pat);
    const QUrl dataCenterMyself = endpoint(server, QStringLiteral("/rest/api/2/myself"));

    const Reply dataCenter = http.get(dataCenterMyself, {{"Authorization", bearer(pat)}});
    QCOMPARE(dataCenter.status, 200);
    QCOMPARE(dataCenter.json().value(QStringLiteral("displayName")).toString(),
             server.user().value(QStringLiteral("displayName")).toString());
    QVERIFY(!dataCenter.json().value(QStringLiteral("name")).toString().isEmpty());
    const Reply wrongPat =
        http.get(dataCenterMyself, {{"Authorization", bearer(QStringLiteral("dc-pat-wrong"))}});
    QCOMPARE(unauthorizedMessage(Flavor::Jira, wrongPat), QStringLiteral("Unauthorized"));
    QCOMPARE(wrongPat.json().value(QStringLiteral("code")).toInt(), 401);

    const QString email = QStringLiteral("pm@docket.invalid");
    server.setBasicCredentials(email, QStringLiteral("atl-api-token"));
    const QUrl cloudMyself = endpoint(server, QStringLiteral("/rest/api/3/myself"));
    const auto basic = [](const QString &credentials) { return "Basic " + credentials.toUtf8().toBase64(); };

    const Reply cloud =
        http.get(cloudMyself, {{"Authorization", basic(email + QStringLiteral(":atl-api-token"))}});
    QCOMPARE(cloud.status, 200);
    QCOMPARE(cloud.json().value(QStringLiteral("accountId")).toString(),
             server.user().value(QStringLiteral("accountId")).toString());
    QCOMPARE(cloud.json().value(QStringLiteral("emailAddress")).toString(), email);
    QCOMPARE(http.get(cloudMyself, {{"Authorization", basic(email + QStringLiteral(":wrong"))}}).status, 401);
    QCOMPARE(http.get(cloudMyself, {{"Authorization", bearer(pat)}}).status, 401);
}

void TestFakeOAuthServer::failNextTokenRequestIsOneOff()
{
    FakeOAuthServer server(Flavor::GitHub);
    Http http;
    const QString verifier = newVerifier();
    const Fields exchange = exchangeFields(consent(server, Flavor::GitHub, verifier), verifier);

    server.failNextTokenRequest(500, R"({"message":"Server Error"})");
    const Reply serverError = postToken(http, server, Flavor::GitHub, exchange);
    QCOMPARE(serverError.status, 500);
    QCOMPARE(serverError.body, QByteArray(R"({"message":"Server Error"})"));

    server.failNextTokenRequest(200, "{\"access_token\": ");
    const Reply malformed = postToken(http, server, Flavor::GitHub, exchange);
    QCOMPARE(malformed.status, 200);
    QCOMPARE(malformed.body, QByteArray("{\"access_token\": "));

    // The faults did not touch the code: the real exchange still works.
    QCOMPARE(postToken(http, server, Flavor::GitHub, exchange).status, 200);
    QCOMPARE(server.tokenRequestCount(), 3);
    QCOMPARE(server.issuedAccessTokens().size(), 1);
}

void TestFakeOAuthServer::tokensAreRandomAndUnique()
{
    FakeOAuthServer server(Flavor::Jira);
    Http http;
    for (int i = 0; i < 4; ++i) {
        const QJsonObject tokens = signIn(http, server, Flavor::Jira);
        QCOMPARE(postToken(http, server, Flavor::Jira, refreshFields(refreshTokenOf(tokens))).status, 200);
    }
    const QStringList access = server.issuedAccessTokens();
    const QStringList refresh = server.issuedRefreshTokens();
    QCOMPARE(access.size(), 8);
    QCOMPARE(QSet<QString>(access.begin(), access.end()).size(), 8);
    QCOMPARE(QSet<QString>(refresh.begin(), refresh.end()).size(), 8);
    for (const QString &token : access)
        QVERIFY(token.startsWith(QLatin1String("jira_at_")) && token.size() >= 40);
    for (const QString &token : refresh)
        QVERIFY(token.startsWith(QLatin1String("jira_rt_")) && token.size() >= 40);
}

QTEST_GUILESS_MAIN(TestFakeOAuthServer)
#include "tst_fake_oauth_server.moc"
