#include "auth/authorization_code_login.h"
#include "auth/device_login.h"
#include "auth/oauth_config.h"
#include "auth/token_refresher.h"
#include "fake_oauth_server.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace docket;

namespace {

const QString kClientId = QStringLiteral("docket-test-client");

QUrl apiBaseOf(const FakeOAuthServer &server, Platform platform)
{
    QUrl base = server.url();
    if (platform == Platform::GitHub)
        base.setPath(QStringLiteral("/api/v3")); // GitHub Enterprise Server's layout
    return base;
}

OAuthClientConfig configFor(const FakeOAuthServer &server, Platform platform)
{
    OAuthClientConfig config = oauthConfigFor(platform, apiBaseOf(server, platform));
    config.clientId = kClientId;
    return config;
}

// The PM's browser: opens the redirect URL the tracker sent it to; returns the HTTP status.
int followRedirect(QNetworkAccessManager &network, const QUrl &redirect)
{
    QNetworkReply *reply = network.get(QNetworkRequest(redirect));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(5000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

} // namespace

class TestOAuthFlows : public QObject {
    Q_OBJECT
private slots:
    void browserSignInWithPkce_data()
    {
        QTest::addColumn<int>("platform");
        QTest::newRow("github") << int(Platform::GitHub);
        QTest::newRow("linear") << int(Platform::Linear);
        QTest::newRow("jira") << int(Platform::Jira);
    }

    void browserSignInWithPkce()
    {
        QFETCH(int, platform);
        const auto flavor = platform == int(Platform::GitHub)   ? FakeOAuthServer::Flavor::GitHub
                            : platform == int(Platform::Linear) ? FakeOAuthServer::Flavor::Linear
                                                                : FakeOAuthServer::Flavor::Jira;
        FakeOAuthServer server(flavor);
        server.setClientId(kClientId);
        QNetworkAccessManager network;
        AuthorizationCodeLogin login(&network, configFor(server, Platform(platform)));
        QSignalSpy urlReady(&login, &AuthorizationCodeLogin::authorizationUrlReady);
        QSignalSpy succeeded(&login, &AuthorizationCodeLogin::succeeded);
        QSignalSpy failed(&login, &AuthorizationCodeLogin::failed);
        login.start();
        QTRY_COMPARE(urlReady.size(), 1);
        const QUrl authorize = urlReady.first().first().toUrl();
        const QUrlQuery asked(authorize);
        QCOMPARE(asked.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QVERIFY(!asked.queryItemValue(QStringLiteral("code_challenge")).isEmpty());
        QVERIFY(QUrl(asked.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)).host() ==
                QStringLiteral("127.0.0.1"));

        const QUrl redirect = server.browserConsent(authorize);
        QVERIFY2(redirect.isValid(), qPrintable(server.lastError()));
        QCOMPARE(followRedirect(network, redirect), 200);
        QTRY_COMPARE(succeeded.size() + failed.size(), 1);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<OAuthFailure>().description));
        const OAuthTokens tokens = succeeded.first().first().value<OAuthTokens>();
        QVERIFY(server.issuedAccessTokens().contains(tokens.accessToken));
        QVERIFY(server.issuedRefreshTokens().contains(tokens.refreshToken));
        QVERIFY(tokens.expiresAt.has_value());
        // The listener is gone after the first valid answer: replaying it reaches nobody.
        QCOMPARE(followRedirect(network, redirect), 0);
    }

    void deniedConsentFailsWithAccessDenied()
    {
        FakeOAuthServer server(FakeOAuthServer::Flavor::Linear);
        QNetworkAccessManager network;
        AuthorizationCodeLogin login(&network, configFor(server, Platform::Linear));
        QSignalSpy urlReady(&login, &AuthorizationCodeLogin::authorizationUrlReady);
        QSignalSpy failed(&login, &AuthorizationCodeLogin::failed);
        login.start();
        QTRY_COMPARE(urlReady.size(), 1);
        const QUrl redirect =
            server.browserConsent(urlReady.first().first().toUrl(), FakeOAuthServer::Consent::Deny);
        QCOMPARE(followRedirect(network, redirect), 200);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<OAuthFailure>().code, QStringLiteral("access_denied"));
        QCOMPARE(server.tokenRequestCount(), 0);
    }

    void aForgedStateIsRefusedAndNoTokenIsRequested()
    {
        FakeOAuthServer server(FakeOAuthServer::Flavor::Jira);
        QNetworkAccessManager network;
        AuthorizationCodeLogin login(&network, configFor(server, Platform::Jira));
        QSignalSpy urlReady(&login, &AuthorizationCodeLogin::authorizationUrlReady);
        QSignalSpy failed(&login, &AuthorizationCodeLogin::failed);
        login.start();
        QTRY_COMPARE(urlReady.size(), 1);
        QUrl redirect = server.browserConsent(urlReady.first().first().toUrl());
        QUrlQuery query(redirect);
        query.removeAllQueryItems(QStringLiteral("state"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-by-another-page"));
        redirect.setQuery(query);
        QCOMPARE(followRedirect(network, redirect), 400);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<OAuthFailure>().code, QStringLiteral("state_mismatch"));
        QCOMPARE(server.tokenRequestCount(), 0);
    }

    void deviceFlowWaitsSlowsDownAndSucceeds()
    {
        FakeOAuthServer server(FakeOAuthServer::Flavor::GitHub);
        QNetworkAccessManager network;
        DeviceLogin login(&network, configFor(server, Platform::GitHub));
        QSignalSpy code(&login, &DeviceLogin::codeReady);
        QSignalSpy succeeded(&login, &DeviceLogin::succeeded);
        QSignalSpy failed(&login, &DeviceLogin::failed);
        server.slowDownNextPoll();
        login.start();
        QTRY_COMPARE(code.size(), 1);
        QVERIFY(code.first().at(0).toString().contains(QLatin1Char('-'))); // XXXX-XXXX
        // Pending polls, then slow_down: the interval grows and nothing fails.
        QTRY_VERIFY_WITH_TIMEOUT(server.tokenRequestCount() >= 2, 15000);
        QVERIFY(login.pollIntervalSeconds() >= 5);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(succeeded.size(), 0);
        server.approveDevice();
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, 15000);
        QVERIFY(
            server.issuedAccessTokens().contains(succeeded.first().first().value<OAuthTokens>().accessToken));
    }

    void deviceFlowStopsWhenExpiredOrDenied()
    {
        for (const bool deny : {false, true}) {
            FakeOAuthServer server(FakeOAuthServer::Flavor::GitHub);
            QNetworkAccessManager network;
            DeviceLogin login(&network, configFor(server, Platform::GitHub));
            QSignalSpy code(&login, &DeviceLogin::codeReady);
            QSignalSpy failed(&login, &DeviceLogin::failed);
            login.start();
            QTRY_COMPARE(code.size(), 1);
            deny ? server.denyDevice() : server.expireDevice();
            QTRY_COMPARE(failed.size(), 1);
            QCOMPARE(failed.first().first().value<OAuthFailure>().code,
                     deny ? QStringLiteral("access_denied") : QStringLiteral("expired_token"));
            const int polls = server.tokenRequestCount();
            QTest::qWait(50);
            QCOMPARE(server.tokenRequestCount(), polls); // stopped polling
        }
    }

    void refreshRotatesAndARevokedGrantAsksForReconnect()
    {
        FakeOAuthServer server(FakeOAuthServer::Flavor::Jira);
        QNetworkAccessManager network;
        AuthorizationCodeLogin login(&network, configFor(server, Platform::Jira));
        QSignalSpy urlReady(&login, &AuthorizationCodeLogin::authorizationUrlReady);
        QSignalSpy succeeded(&login, &AuthorizationCodeLogin::succeeded);
        login.start();
        QTRY_COMPARE(urlReady.size(), 1);
        followRedirect(network, server.browserConsent(urlReady.first().first().toUrl()));
        QTRY_COMPARE(succeeded.size(), 1);
        const OAuthTokens first = succeeded.first().first().value<OAuthTokens>();

        TokenRefresher refresher(&network, configFor(server, Platform::Jira));
        QSignalSpy refreshed(&refresher, &TokenRefresher::succeeded);
        refresher.refresh(first.refreshToken);
        QTRY_COMPARE(refreshed.size(), 1);
        const OAuthTokens second = refreshed.first().first().value<OAuthTokens>();
        QVERIFY(second.refreshToken != first.refreshToken);
        QVERIFY(second.accessToken != first.accessToken);

        // The rotated-away refresh token is dead: invalid_grant, which means "reconnect".
        TokenRefresher stale(&network, configFor(server, Platform::Jira));
        QSignalSpy staleFailed(&stale, &TokenRefresher::failed);
        stale.refresh(first.refreshToken);
        QTRY_COMPARE(staleFailed.size(), 1);
        QVERIFY(staleFailed.first().first().value<OAuthFailure>().needsReconnect());

        // A server error is reported as such, not as a dead grant.
        server.failNextTokenRequest(500, "{\"error\":\"server_error\"}");
        TokenRefresher unlucky(&network, configFor(server, Platform::Jira));
        QSignalSpy unluckyFailed(&unlucky, &TokenRefresher::failed);
        unlucky.refresh(second.refreshToken);
        QTRY_COMPARE(unluckyFailed.size(), 1);
        QVERIFY(!unluckyFailed.first().first().value<OAuthFailure>().needsReconnect());
    }
};

QTEST_GUILESS_MAIN(TestOAuthFlows)
#include "tst_oauth_flows.moc"
