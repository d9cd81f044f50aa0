#include "fake_http_server.h"
#include "fake_oauth_server.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Starts the real binary; `onErrorLine` sees each line it writes to stderr while it runs (the
// sign-in URL), so the test can play the browser. The event loop keeps the emulator answering.
Run runDocket(const QStringList &arguments, const QByteArray &input = {},
              const std::function<void(const QByteArray &)> &onErrorLine = {})
{
    QProcess process;
    Run run;
    QObject::connect(&process, &QProcess::readyReadStandardError, [&] {
        const QByteArray chunk = process.readAllStandardError();
        run.err += chunk;
        if (onErrorLine)
            for (const QByteArray &line : chunk.split('\n'))
                onErrorLine(line);
    });
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(DOCKET_BINARY), arguments);
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!finished.wait(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err += process.readAllStandardError();
    return run;
}

// Every file under `folder`, for the search for leaked secrets.
QList<QByteArray> filesUnder(const QString &folder)
{
    QList<QByteArray> contents;
    QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            contents.append(file.readAll());
    }
    return contents;
}

QString keychainEntries()
{
    QProcess search;
    search.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                                 QStringLiteral("server"), QStringLiteral("Docket")});
    search.waitForFinished(10000);
    return QString::fromUtf8(search.readAllStandardOutput() + search.readAllStandardError());
}

} // namespace

// Runs inside scripts/with-keyring.sh (a private Secret Service and a throwaway home folder).
class TestCliAuth : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The child reads its OAuth client id from its own settings, as a PM's build would.
        QSettings child(QStringLiteral("Docket"), QStringLiteral("Docket"));
        for (const QString &tracker :
             {QStringLiteral("github"), QStringLiteral("linear"), QStringLiteral("jira")})
            child.setValue(QStringLiteral("oauth/%1/clientId").arg(tracker),
                           QStringLiteral("docket-test-client"));
        child.sync();
        QVERIFY(m_dir.isValid());
    }

    void connectUseDisconnectLeavesNoTokenAnywhere()
    {
        FakeOAuthServer github(FakeOAuthServer::Flavor::GitHub);
        QUrl apiBase = github.url();
        apiBase.setPath(QStringLiteral("/api/v3"));
        const QString workspace = m_dir.filePath(QStringLiteral("accounts.docket"));
        QNetworkAccessManager browser;
        QList<Run> runs;

        // Connect through the browser: the CLI prints the page, the "browser" consents.
        const Run login = runDocket(
            {QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("github"),
             QStringLiteral("--method"), QStringLiteral("web"), QStringLiteral("--base-url"),
             apiBase.toString(), QStringLiteral("--workspace"), workspace, QStringLiteral("--json")},
            {}, [&](const QByteArray &line) {
                if (!line.startsWith("http"))
                    return;
                const QUrl redirect = github.browserConsent(QUrl::fromEncoded(line.trimmed()));
                QVERIFY2(redirect.isValid(), qPrintable(github.lastError()));
                browser.get(QNetworkRequest(redirect))->setParent(&browser);
            });
        runs.append(login);
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const QJsonObject account = QJsonDocument::fromJson(login.out).object();
        QCOMPARE(account.value(QStringLiteral("account_name")).toString(), QStringLiteral("dana-docket"));

        // Use it: the access token has expired at the tracker, so the check refreshes once.
        github.expireAccessTokens();
        const Run check =
            runDocket({QStringLiteral("auth"), QStringLiteral("status"), QStringLiteral("--check"),
                       QStringLiteral("--workspace"), workspace, QStringLiteral("--json")});
        runs.append(check);
        QVERIFY2(check.exitCode == 0, check.err.constData());
        QVERIFY2(!check.err.contains("does not work"), check.err.constData());
        QCOMPARE(github.issuedAccessTokens().size(), 2); // the first, and the refreshed one
        QVERIFY(!keychainEntries().isEmpty());

        // A token from standard input, never from the command line.
        github.addPersonalToken(QStringLiteral("ghp_personal_token_from_stdin"));
        const Run pat = runDocket({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("github"),
                                   QStringLiteral("--token-stdin"), QStringLiteral("--base-url"),
                                   apiBase.toString(), QStringLiteral("--workspace"), workspace},
                                  "ghp_personal_token_from_stdin\n");
        runs.append(pat);
        QVERIFY2(pat.exitCode == 0, pat.err.constData());

        // Disconnect everything.
        const Run logout = runDocket({QStringLiteral("auth"), QStringLiteral("logout"),
                                      QStringLiteral("github"), QStringLiteral("--workspace"), workspace});
        runs.append(logout);
        QVERIFY2(logout.exitCode == 0, logout.err.constData());
        const Run status =
            runDocket({QStringLiteral("auth"), QStringLiteral("status"), QStringLiteral("--all"),
                       QStringLiteral("--workspace"), workspace, QStringLiteral("--json")});
        runs.append(status);
        const QJsonObject audit = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(audit.value(QStringLiteral("accounts")).toArray().size(), 2);
        for (const QJsonValue &row : audit.value(QStringLiteral("accounts")).toArray())
            QCOMPARE(row.toObject().value(QStringLiteral("is_active")).toBool(), false);
        QVERIFY2(!keychainEntries().contains(QStringLiteral("secret")), qPrintable(keychainEntries()));

        // Now look for every secret everywhere Docket writes: the workspace (and its WAL), the
        // settings, the whole home folder of this run, and everything printed.
        QStringList secrets = github.issuedAccessTokens() + github.issuedRefreshTokens();
        secrets.append(QStringLiteral("ghp_personal_token_from_stdin"));
        QCOMPARE(secrets.size(), 5);
        QList<QByteArray> haystacks = filesUnder(m_dir.path());
        haystacks += filesUnder(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
        haystacks += filesUnder(QDir::homePath());
        for (const Run &run : std::as_const(runs)) {
            haystacks.append(run.out);
            haystacks.append(run.err);
        }
        QVERIFY(haystacks.size() > 5);
        for (const QString &secret : std::as_const(secrets))
            for (const QByteArray &haystack : std::as_const(haystacks))
                QVERIFY2(!haystack.contains(secret.toUtf8()),
                         qPrintable(QStringLiteral("leaked: ") + secret.left(8)));
    }

    void linearAndJiraConnectByBrowserAndByToken()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("trackers.docket"));
        QNetworkAccessManager browser;
        const auto consentWith = [&browser](FakeOAuthServer &server) {
            return [&browser, &server](const QByteArray &line) {
                if (!line.startsWith("http"))
                    return;
                const QUrl redirect = server.browserConsent(QUrl::fromEncoded(line.trimmed()));
                QVERIFY2(redirect.isValid(), qPrintable(server.lastError()));
                browser.get(QNetworkRequest(redirect))->setParent(&browser);
            };
        };

        FakeOAuthServer linear(FakeOAuthServer::Flavor::Linear);
        const Run linearLogin =
            runDocket({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("linear"),
                       QStringLiteral("--base-url"), linear.url().toString(), QStringLiteral("--workspace"),
                       workspace, QStringLiteral("--json")},
                      {}, consentWith(linear));
        QVERIFY2(linearLogin.exitCode == 0, linearLogin.err.constData());
        QCOMPARE(
            QJsonDocument::fromJson(linearLogin.out).object().value(QStringLiteral("auth_method")).toString(),
            QStringLiteral("oauth_web"));

        // Jira Cloud with two sites: without --site the PM is asked to choose; with it, connected.
        FakeOAuthServer jira(FakeOAuthServer::Flavor::Jira);
        jira.setSites(
            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("c1")},
                                   {QStringLiteral("name"), QStringLiteral("acme")},
                                   {QStringLiteral("url"), QStringLiteral("https://acme.atlassian.net")},
                                   {QStringLiteral("scopes"), QJsonArray{}}},
                       QJsonObject{{QStringLiteral("id"), QStringLiteral("c2")},
                                   {QStringLiteral("name"), QStringLiteral("labs")},
                                   {QStringLiteral("url"), QStringLiteral("https://labs.atlassian.net")},
                                   {QStringLiteral("scopes"), QJsonArray{}}}});
        const QStringList jiraLogin{QStringLiteral("auth"),
                                    QStringLiteral("login"),
                                    QStringLiteral("jira"),
                                    QStringLiteral("--base-url"),
                                    jira.url().toString(),
                                    QStringLiteral("--workspace"),
                                    workspace,
                                    QStringLiteral("--json")};
        const Run unchosen = runDocket(jiraLogin, {}, consentWith(jira));
        QCOMPARE(unchosen.exitCode, 1);
        QVERIFY(unchosen.err.contains("--site"));
        QVERIFY(unchosen.err.contains("labs.atlassian.net"));
        const Run chosen = runDocket(
            jiraLogin + QStringList{QStringLiteral("--site"), QStringLiteral("labs")}, {}, consentWith(jira));
        QVERIFY2(chosen.exitCode == 0, chosen.err.constData());
        const QJsonObject jiraAccount = QJsonDocument::fromJson(chosen.out).object();
        QCOMPARE(jiraAccount.value(QStringLiteral("cloud_id")).toString(), QStringLiteral("c2"));
        QCOMPARE(jiraAccount.value(QStringLiteral("site_url")).toString(),
                 QStringLiteral("https://labs.atlassian.net"));

        // Jira Cloud by e-mail and API token, and Jira Data Center by personal token.
        jira.setBasicCredentials(QStringLiteral("pm@example.com"), QStringLiteral("atl_api_token"));
        const Run basic = runDocket({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("jira"),
                                     QStringLiteral("--token-stdin"), QStringLiteral("--email"),
                                     QStringLiteral("pm@example.com"), QStringLiteral("--base-url"),
                                     jira.url().toString(), QStringLiteral("--workspace"), workspace},
                                    "atl_api_token\n");
        QVERIFY2(basic.exitCode == 0, basic.err.constData());
        jira.addPersonalToken(QStringLiteral("dc_personal_token"));
        const Run dataCenter =
            runDocket({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("jira"),
                       QStringLiteral("--token-stdin"), QStringLiteral("--base-url"), jira.url().toString(),
                       QStringLiteral("--workspace"), workspace},
                      "dc_personal_token\n");
        QVERIFY2(dataCenter.exitCode == 0, dataCenter.err.constData());

        const Run status = runDocket({QStringLiteral("auth"), QStringLiteral("status"),
                                      QStringLiteral("--workspace"), workspace, QStringLiteral("--json")});
        QStringList methods;
        for (const QJsonValue &row :
             QJsonDocument::fromJson(status.out).object().value(QStringLiteral("accounts")).toArray())
            methods.append(row.toObject().value(QStringLiteral("platform")).toString() + QLatin1Char('/') +
                           row.toObject().value(QStringLiteral("auth_method")).toString());
        QCOMPARE(methods, (QStringList{QStringLiteral("linear/oauth_web"), QStringLiteral("jira/oauth_web"),
                                       QStringLiteral("jira/email_api_token"),
                                       QStringLiteral("jira/personal_token")}));
    }

    void aRefusedTokenIsNotStoredAndSaysWhy()
    {
        FakeOAuthServer linear(FakeOAuthServer::Flavor::Linear);
        const QString workspace = m_dir.filePath(QStringLiteral("refused.docket"));
        const Run refused =
            runDocket({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("linear"),
                       QStringLiteral("--token-stdin"), QStringLiteral("--base-url"), linear.url().toString(),
                       QStringLiteral("--workspace"), workspace},
                      "lin_api_not_known\n");
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("refused"));
        QVERIFY(!refused.err.contains("lin_api_not_known"));
        const Run status =
            runDocket({QStringLiteral("auth"), QStringLiteral("status"), QStringLiteral("--all"),
                       QStringLiteral("--workspace"), workspace, QStringLiteral("--json")});
        QCOMPARE(
            QJsonDocument::fromJson(status.out).object().value(QStringLiteral("accounts")).toArray().size(),
            0);
        // Plain http to anything but this computer is refused before any request.
        const Run insecure =
            runDocket({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("linear"),
                       QStringLiteral("--token-stdin"), QStringLiteral("--base-url"),
                       QStringLiteral("http://linear.example.com"), QStringLiteral("--workspace"), workspace},
                      "lin_api_x\n");
        QCOMPARE(insecure.exitCode, 1);
        QVERIFY(insecure.err.contains("https"));
    }

    void aGeneratorKeyKeptInTheKeychainIsUsedWithoutTheEnvironment()
    {
        FakeHttpServer llm;
        const QByteArray answer =
            "{\"tickets\":[{\"external_id\":\"SPEC-1\",\"ticket_type\":\"task\",\"title\":"
            "\"Export invoices\",\"acceptance_criteria\":[\"One row per line\"]}]}";
        const QJsonObject event{
            {QStringLiteral("choices"),
             QJsonArray{QJsonObject{{QStringLiteral("delta"),
                                     QJsonObject{{QStringLiteral("content"), QString::fromUtf8(answer)}}},
                                    {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}}};
        llm.setHandler([event](const FakeHttpServer::Request &) {
            return FakeHttpServer::Response{
                200,
                "text/event-stream",
                {"data: " + QJsonDocument(event).toJson(QJsonDocument::Compact) + "\n\n",
                 "data: [DONE]\n\n"}};
        });
        qunsetenv("DOCKET_LLM_API_KEY");
        const Run kept =
            runDocket({QStringLiteral("auth"), QStringLiteral("set-key"), QStringLiteral("openai"),
                       QStringLiteral("--base-url"), llm.url().toString(), QStringLiteral("--token-stdin")},
                      "sk-kept-in-keychain\n");
        QVERIFY2(kept.exitCode == 0, kept.err.constData());
        QVERIFY(!kept.out.contains("sk-kept"));
        const Run generated =
            runDocket({QStringLiteral("generate"),
                       QStringLiteral(DOCKET_SOURCE_DIR "/resources/samples/sample-spec.md"),
                       QStringLiteral("--generator"), QStringLiteral("openai"), QStringLiteral("--base-url"),
                       llm.url().toString(), QStringLiteral("--json")});
        QVERIFY2(generated.exitCode == 0, generated.err.constData());
        QVERIFY(!llm.requests().isEmpty());
        QCOMPARE(llm.requests().first().headers.value("authorization"),
                 QByteArray("Bearer sk-kept-in-keychain"));
        QVERIFY(!generated.out.contains("sk-kept") && !generated.err.contains("sk-kept"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliAuth)
#include "tst_cli_auth.moc"
