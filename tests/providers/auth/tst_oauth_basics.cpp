#include "auth/authorization_code_login.h"
#include "auth/loopback_reply_handler.h"
#include "auth/oauth_config.h"
#include "auth/pkce.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

using namespace docket;

namespace {

struct BrowserVisit {
    int status = 0;
    QString page;
};

// What the PM's browser does at the end of a sign-in: open the redirect URL.
BrowserVisit visit(const QUrl &url)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(5000);
    BrowserVisit result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                        QString::fromUtf8(reply->readAll())};
    reply->deleteLater();
    return result;
}

QUrl withQuery(QUrl url, const QList<std::pair<QString, QString>> &items)
{
    QUrlQuery query;
    for (const auto &[name, value] : items)
        query.addQueryItem(name, value);
    url.setQuery(query);
    return url;
}

} // namespace

class TestOAuthBasics : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DocketTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_oauth_basics"));
        QSettings().clear();
    }

    void pkceMatchesTheRfc7636Example()
    {
        // RFC 7636 appendix B.
        QCOMPARE(pkceChallengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const PkcePair first = makePkcePair();
        const PkcePair second = makePkcePair();
        QCOMPARE(first.verifier.size(), 64);
        QVERIFY(first.verifier != second.verifier);
        QCOMPARE(first.challenge, pkceChallengeFor(first.verifier));
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9._~-]+$"))
                    .match(QString::fromLatin1(first.verifier))
                    .hasMatch());
    }

    void endpointsFollowTheBaseUrlAndSettingsOverrideThem()
    {
        const OAuthClientConfig github =
            oauthConfigFor(Platform::GitHub, QUrl(QStringLiteral("https://api.github.com")));
        QCOMPARE(github.authorizeUrl, QUrl(QStringLiteral("https://github.com/login/oauth/authorize")));
        QCOMPARE(github.deviceCodeUrl, QUrl(QStringLiteral("https://github.com/login/device/code")));
        const OAuthClientConfig enterprise =
            oauthConfigFor(Platform::GitHub, QUrl(QStringLiteral("https://ghe.example.com/api/v3")));
        QCOMPARE(enterprise.tokenUrl,
                 QUrl(QStringLiteral("https://ghe.example.com/login/oauth/access_token")));
        const OAuthClientConfig jira =
            oauthConfigFor(Platform::Jira, QUrl(QStringLiteral("https://api.atlassian.com")));
        QCOMPARE(jira.authorizeUrl, QUrl(QStringLiteral("https://auth.atlassian.com/authorize")));
        QCOMPARE(jira.resourcesUrl,
                 QUrl(QStringLiteral("https://api.atlassian.com/oauth/token/accessible-resources")));
        QVERIFY(jira.scopes.contains(QStringLiteral("offline_access")));
        QCOMPARE(jira.extraAuthorizeParameters.value(QStringLiteral("audience")).toString(),
                 QStringLiteral("api.atlassian.com"));
        const OAuthClientConfig linear =
            oauthConfigFor(Platform::Linear, QUrl(QStringLiteral("https://api.linear.app")));
        QCOMPARE(linear.authorizeUrl, QUrl(QStringLiteral("https://linear.app/oauth/authorize")));
        QCOMPARE(linear.tokenUrl, QUrl(QStringLiteral("https://api.linear.app/oauth/token")));

        QSettings settings;
        settings.setValue(QStringLiteral("oauth/linear/clientId"), QStringLiteral("client-from-settings"));
        settings.setValue(QStringLiteral("oauth/linear/tokenUrl"),
                          QStringLiteral("http://127.0.0.1:9/token"));
        const OAuthClientConfig overridden =
            oauthConfigFor(Platform::Linear, QUrl(QStringLiteral("https://api.linear.app")));
        QCOMPARE(overridden.clientId, QStringLiteral("client-from-settings"));
        QCOMPARE(overridden.tokenUrl, QUrl(QStringLiteral("http://127.0.0.1:9/token")));
        settings.clear();
    }

    void loopbackListensOnLoopbackOnlyAndTakesTheFirstValidAnswer()
    {
        LoopbackReplyHandler handler;
        QVERIFY(handler.listen());
        const QUrl callback(handler.callback());
        QCOMPARE(callback.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(callback.port() > 0);
        handler.setExpectedState(QStringLiteral("expected-state"));

        QSignalSpy received(&handler, &QAbstractOAuthReplyHandler::callbackReceived);
        QSignalSpy refused(&handler, &LoopbackReplyHandler::authorizationFailed);
        // Another path is not the callback: 404, and still listening.
        QCOMPARE(visit(withQuery(QUrl(callback).adjusted(QUrl::RemovePath), {})).status, 404);
        QVERIFY(handler.isListening());

        const BrowserVisit good =
            visit(withQuery(callback, {{QStringLiteral("code"), QStringLiteral("a+b/c")},
                                       {QStringLiteral("state"), QStringLiteral("expected-state")}}));
        QCOMPARE(good.status, 200);
        QVERIFY(good.page.contains(QStringLiteral("return to Docket")));
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().first().toMap().value(QStringLiteral("code")).toString(),
                 QStringLiteral("a+b/c"));
        QVERIFY(!handler.isListening()); // closed after the first valid answer
        QCOMPARE(refused.size(), 0);
    }

    void aStateMismatchIsRefusedWith400AndStopsTheSignIn()
    {
        LoopbackReplyHandler handler;
        QVERIFY(handler.listen());
        handler.setExpectedState(QStringLiteral("expected-state"));
        QSignalSpy received(&handler, &QAbstractOAuthReplyHandler::callbackReceived);
        QSignalSpy refused(&handler, &LoopbackReplyHandler::authorizationFailed);
        const BrowserVisit forged =
            visit(withQuery(QUrl(handler.callback()), {{QStringLiteral("code"), QStringLiteral("stolen")},
                                                       {QStringLiteral("state"), QStringLiteral("forged")}}));
        QCOMPARE(forged.status, 400);
        QCOMPARE(received.size(), 0);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().first().value<OAuthFailure>().code, QStringLiteral("state_mismatch"));
        QVERIFY(!handler.isListening());
    }

    void deniedConsentIsReportedAndThePageSaysSo()
    {
        LoopbackReplyHandler handler;
        QVERIFY(handler.listen());
        handler.setExpectedState(QStringLiteral("s"));
        QSignalSpy refused(&handler, &LoopbackReplyHandler::authorizationFailed);
        const BrowserVisit denied = visit(
            withQuery(QUrl(handler.callback()), {{QStringLiteral("error"), QStringLiteral("access_denied")},
                                                 {QStringLiteral("state"), QStringLiteral("s")}}));
        QCOMPARE(denied.status, 200);
        QVERIFY(denied.page.contains(QStringLiteral("did not give Docket access")));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().first().value<OAuthFailure>().code, QStringLiteral("access_denied"));
    }

    void tokenAnswersAreReadAsJsonOrForm()
    {
        const QVariantMap form = LoopbackReplyHandler::parseTokenAnswer(
            "access_token=gho_abc&scope=repo%2Cuser&token_type=bearer", "application/x-www-form-urlencoded");
        QCOMPARE(form.value(QStringLiteral("access_token")).toString(), QStringLiteral("gho_abc"));
        QCOMPARE(form.value(QStringLiteral("scope")).toString(), QStringLiteral("repo,user"));
        const QVariantMap json = LoopbackReplyHandler::parseTokenAnswer(
            R"({"access_token":"t","refresh_token":"r","expires_in":3600})",
            "application/json; charset=utf-8");
        const OAuthTokens tokens = tokensFromAnswer(json, QDateTime::fromSecsSinceEpoch(1000, Qt::UTC));
        QCOMPARE(tokens.refreshToken, QStringLiteral("r"));
        QCOMPARE(tokens.expiresAt, std::optional(QDateTime::fromSecsSinceEpoch(4600, Qt::UTC)));
        QVERIFY(LoopbackReplyHandler::parseTokenAnswer("<html>", "text/html").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOAuthBasics)
#include "tst_oauth_basics.moc"
