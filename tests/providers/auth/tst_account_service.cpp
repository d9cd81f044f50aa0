#include "auth/account_service.h"
#include "auth/authorization_code_login.h"
#include "auth/oauth_config.h"
#include "auth/token_store.h"
#include "fake_oauth_server.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace docket;

namespace {

const QString kClientId = QStringLiteral("docket-test-client");

template <typename T>
T waitFor(const std::function<void(std::function<void(T)>)> &start)
{
    std::optional<T> answer;
    start([&](T value) { answer.emplace(std::move(value)); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 15000))
        qWarning("no answer within 15 s");
    return answer ? std::move(*answer) : T(Error{QStringLiteral("no answer"), {}});
}

QUrl apiBaseOf(const FakeOAuthServer &server, Platform platform)
{
    QUrl base = server.url();
    if (platform == Platform::GitHub)
        base.setPath(QStringLiteral("/api/v3"));
    return base;
}

// Runs the browser sign-in against the emulator and returns the tokens it granted.
OAuthTokens signIn(QNetworkAccessManager &network, FakeOAuthServer &server, Platform platform)
{
    AuthorizationCodeLogin login(&network, oauthConfigFor(platform, apiBaseOf(server, platform)));
    QSignalSpy urlReady(&login, &AuthorizationCodeLogin::authorizationUrlReady);
    QSignalSpy succeeded(&login, &AuthorizationCodeLogin::succeeded);
    login.start();
    if (urlReady.isEmpty())
        urlReady.wait(5000);
    QNetworkReply *browser =
        network.get(QNetworkRequest(server.browserConsent(urlReady.value(0).value(0).toUrl())));
    if (!QTest::qWaitFor([&] { return browser->isFinished() && !succeeded.isEmpty(); }, 5000))
        qWarning("the sign-in did not finish");
    browser->deleteLater();
    return succeeded.value(0).value(0).value<OAuthTokens>();
}

QString keychainEntry(const QString &key)
{
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                                 QStringLiteral("DocketTest"), QStringLiteral("user"), key});
    lookup.waitForFinished(10000);
    return QString::fromUtf8(lookup.readAllStandardOutput());
}

} // namespace

// Runs inside scripts/with-keyring.sh: the tokens go to a real Secret Service.
class TestAccountService : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DocketTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_account_service"));
        QSettings settings;
        settings.clear();
        for (const QString &platform :
             {QStringLiteral("github"), QStringLiteral("linear"), QStringLiteral("jira")})
            settings.setValue(QStringLiteral("oauth/%1/clientId").arg(platform), kClientId);
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = std::move(
            Workspace::open(m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces))).value());
        m_service =
            std::make_unique<AccountService>(*m_workspace, m_tokens, &m_network, QStringLiteral("test"));
    }

    void cleanup()
    {
        m_service.reset();
        m_workspace.reset();
    }

    void aTokenIsCheckedBeforeItIsStored()
    {
        FakeOAuthServer server(FakeOAuthServer::Flavor::GitHub);
        server.addPersonalToken(QStringLiteral("ghp_valid_token"));
        Account draft;
        draft.platform = Platform::GitHub;
        draft.apiBaseUrl = apiBaseOf(server, Platform::GitHub);
        draft.method = AuthMethod::PersonalToken;

        const Result<Account> refused = waitFor<Result<Account>>(
            [&](auto done) { m_service->connectWithSecret(draft, QStringLiteral("ghp_wrong"), done); });
        QVERIFY(!refused);
        QCOMPARE(refused.error().where, kUnauthorized);
        QVERIFY(m_workspace->accounts(true).value().isEmpty());

        const Result<Account> connected = waitFor<Result<Account>>(
            [&](auto done) { m_service->connectWithSecret(draft, QStringLiteral("ghp_valid_token"), done); });
        QVERIFY2(connected, qPrintable(connected ? QString() : connected.error().message));
        QCOMPARE(connected.value().accountName, QStringLiteral("dana-docket"));
        QCOMPARE(keychainEntry(secretKey(connected.value().id, SecretKind::AccessToken)),
                 QStringLiteral("ghp_valid_token"));
        QCOMPARE(waitFor<Result<QString>>([&](auto done) {
                     m_service->accessToken(connected.value().id, done);
                 }).value(),
                 QStringLiteral("ghp_valid_token"));
    }

    void linearKeysAndJiraTokensAreSentTheWayEachTrackerWants()
    {
        FakeOAuthServer linear(FakeOAuthServer::Flavor::Linear);
        linear.addPersonalToken(QStringLiteral("lin_api_key"));
        Account linearDraft;
        linearDraft.platform = Platform::Linear;
        linearDraft.apiBaseUrl = linear.url();
        linearDraft.method = AuthMethod::ApiKey;
        const Result<Account> linearAccount = waitFor<Result<Account>>([&](auto done) {
            m_service->connectWithSecret(linearDraft, QStringLiteral("lin_api_key"), done);
        });
        QVERIFY2(linearAccount, qPrintable(linearAccount ? QString() : linearAccount.error().message));
        QCOMPARE(linear.http().requests().last().headers.value("authorization"), QByteArray("lin_api_key"));

        FakeOAuthServer jira(FakeOAuthServer::Flavor::Jira);
        jira.setBasicCredentials(QStringLiteral("pm@example.com"), QStringLiteral("atl_token"));
        Account cloud;
        cloud.platform = Platform::Jira;
        cloud.apiBaseUrl = jira.url();
        cloud.method = AuthMethod::EmailApiToken;
        cloud.email = QStringLiteral("pm@example.com");
        const Result<Account> cloudAccount = waitFor<Result<Account>>(
            [&](auto done) { m_service->connectWithSecret(cloud, QStringLiteral("atl_token"), done); });
        QVERIFY2(cloudAccount, qPrintable(cloudAccount ? QString() : cloudAccount.error().message));
        QVERIFY(jira.http().requests().last().headers.value("authorization").startsWith("Basic "));

        jira.addPersonalToken(QStringLiteral("dc_pat"));
        Account dataCenter;
        dataCenter.platform = Platform::Jira;
        dataCenter.apiBaseUrl = jira.url();
        dataCenter.method = AuthMethod::PersonalToken;
        const Result<Account> dcAccount = waitFor<Result<Account>>(
            [&](auto done) { m_service->connectWithSecret(dataCenter, QStringLiteral("dc_pat"), done); });
        QVERIFY2(dcAccount, qPrintable(dcAccount ? QString() : dcAccount.error().message));
        QCOMPARE(jira.http().requests().last().path, QByteArray("/rest/api/2/myself"));
        QCOMPARE(m_workspace->accounts().value().size(), 3);
    }

    void jiraCloudOAuthResolvesTheChosenSite()
    {
        FakeOAuthServer jira(FakeOAuthServer::Flavor::Jira);
        jira.setSites(QJsonArray{
            QJsonObject{{QStringLiteral("id"), QStringLiteral("cloud-one")},
                        {QStringLiteral("name"), QStringLiteral("acme")},
                        {QStringLiteral("url"), QStringLiteral("https://acme.atlassian.net")},
                        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("read:jira-work")}}},
            QJsonObject{{QStringLiteral("id"), QStringLiteral("cloud-two")},
                        {QStringLiteral("name"), QStringLiteral("acme-labs")},
                        {QStringLiteral("url"), QStringLiteral("https://acme-labs.atlassian.net")},
                        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("read:jira-work")}}}});
        const OAuthTokens tokens = signIn(m_network, jira, Platform::Jira);
        Account draft;
        draft.platform = Platform::Jira;
        draft.apiBaseUrl = jira.url();
        draft.method = AuthMethod::OAuthWeb;
        QStringList offered;
        const Result<Account> connected = waitFor<Result<Account>>([&](auto done) {
            m_service->connectWithOAuth(
                draft, tokens,
                [&](const QList<JiraSite> &sites) {
                    for (const JiraSite &site : sites)
                        offered.append(site.name);
                    return std::optional(sites.at(1));
                },
                done);
        });
        QVERIFY2(connected, qPrintable(connected ? QString() : connected.error().message));
        QCOMPARE(offered, (QStringList{QStringLiteral("acme"), QStringLiteral("acme-labs")}));
        QCOMPARE(connected.value().cloudId, QStringLiteral("cloud-two"));
        QCOMPARE(connected.value().siteUrl, QUrl(QStringLiteral("https://acme-labs.atlassian.net")));
        QCOMPARE(connected.value().apiBaseUrl.path(), QStringLiteral("/ex/jira/cloud-two"));
        QCOMPARE(keychainEntry(secretKey(connected.value().id, SecretKind::RefreshToken)),
                 tokens.refreshToken);
    }

    void tokensAreRefreshedAheadOfExpiryAndTheRotatedOneKept()
    {
        FakeOAuthServer linear(FakeOAuthServer::Flavor::Linear);
        linear.setAccessTokenLifetime(30); // inside the refresh lead: the first use refreshes
        const OAuthTokens tokens = signIn(m_network, linear, Platform::Linear);
        Account draft;
        draft.platform = Platform::Linear;
        draft.apiBaseUrl = linear.url();
        draft.method = AuthMethod::OAuthWeb;
        const Account account = waitFor<Result<Account>>([&](auto done) {
                                    m_service->connectWithOAuth(draft, tokens, {}, done);
                                }).value();
        const int before = linear.tokenRequestCount();
        // Two callers at once: one refresh serves both.
        std::optional<Result<QString>> first;
        std::optional<Result<QString>> second;
        m_service->accessToken(account.id, [&](Result<QString> token) { first.emplace(token); });
        m_service->accessToken(account.id, [&](Result<QString> token) { second.emplace(token); });
        QTRY_VERIFY(first && second);
        QVERIFY(first->ok() && second->ok());
        QCOMPARE(first->value(), second->value());
        QVERIFY(first->value() != tokens.accessToken);
        QCOMPARE(linear.tokenRequestCount(), before + 1);
        const QString storedRefresh = keychainEntry(secretKey(account.id, SecretKind::RefreshToken));
        QVERIFY(storedRefresh != tokens.refreshToken);
        QVERIFY(linear.issuedRefreshTokens().contains(storedRefresh));
        QVERIFY(m_workspace->account(account.id).value()->tokenExpiresAt.has_value());
    }

    void a401RefreshesOnceAndADeadGrantAsksForReconnect()
    {
        FakeOAuthServer github(FakeOAuthServer::Flavor::GitHub);
        const OAuthTokens tokens = signIn(m_network, github, Platform::GitHub);
        Account draft;
        draft.platform = Platform::GitHub;
        draft.apiBaseUrl = apiBaseOf(github, Platform::GitHub);
        draft.method = AuthMethod::OAuthWeb;
        const Account account = waitFor<Result<Account>>([&](auto done) {
                                    m_service->connectWithOAuth(draft, tokens, {}, done);
                                }).value();

        github.expireAccessTokens(); // the tracker starts answering 401
        const Result<QString> recovered = waitFor<Result<QString>>(
            [&](auto done) { m_service->recoverFromUnauthorized(account.id, tokens.accessToken, done); });
        QVERIFY(recovered);
        QVERIFY(recovered.value() != tokens.accessToken);

        github.revokeEverything(); // the PM revoked Docket in GitHub's settings
        const int requests = github.tokenRequestCount();
        const Result<QString> dead = waitFor<Result<QString>>(
            [&](auto done) { m_service->recoverFromUnauthorized(account.id, recovered.value(), done); });
        QVERIFY(!dead);
        QCOMPARE(dead.error().where, QStringLiteral("reconnect"));
        QCOMPARE(m_workspace->account(account.id).value()->status, AccountStatus::ReconnectNeeded);
        // Nothing retries: asking again answers at once, without a request.
        const Result<QString> again =
            waitFor<Result<QString>>([&](auto done) { m_service->accessToken(account.id, done); });
        QVERIFY(!again);
        QCOMPARE(github.tokenRequestCount(), requests + 1);
    }

    void disconnectRevokesDeletesTheSecretsAndKeepsAnAuditRow()
    {
        FakeOAuthServer linear(FakeOAuthServer::Flavor::Linear);
        const OAuthTokens tokens = signIn(m_network, linear, Platform::Linear);
        Account draft;
        draft.platform = Platform::Linear;
        draft.apiBaseUrl = linear.url();
        draft.method = AuthMethod::OAuthWeb;
        const Account account = waitFor<Result<Account>>([&](auto done) {
                                    m_service->connectWithOAuth(draft, tokens, {}, done);
                                }).value();
        QVERIFY(!keychainEntry(secretKey(account.id, SecretKind::AccessToken)).isEmpty());

        const Status done =
            waitFor<Status>([&](auto finished) { m_service->disconnect(account.id, finished); });
        QVERIFY(done);
        QVERIFY(linear.revokedTokens().contains(tokens.accessToken));
        QVERIFY(keychainEntry(secretKey(account.id, SecretKind::AccessToken)).isEmpty());
        QVERIFY(keychainEntry(secretKey(account.id, SecretKind::RefreshToken)).isEmpty());
        QVERIFY(m_workspace->accounts().value().isEmpty());
        const Account audit = m_workspace->accounts(true).value().first();
        QVERIFY(!audit.isActive);
        QCOMPARE(audit.status, AccountStatus::Disconnected);
        QVERIFY(audit.disconnectedAt.has_value());
    }

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    KeychainTokenStore m_tokens{QStringLiteral("DocketTest")};
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AccountService> m_service;
};

QTEST_GUILESS_MAIN(TestAccountService)
#include "tst_account_service.moc"
