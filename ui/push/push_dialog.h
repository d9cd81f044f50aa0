#pragma once

#include "domain/account.h"
#include "domain/push_plan.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTreeWidget;

namespace docket {

class AccountService;
class GitHubPusher;
class GitHubTracker;
class PushRunner;
class TrackerHttp;
class Workspace;
struct PushSummary;

// Tickets › Push: the account and repository, a dry run (what will be created, updated, linked,
// held back and why, and each body as GitHub will show it), a guard naming the repository to
// confirm, then progress per ticket with Cancel, and a summary with "Retry Failed".
class PushDialog : public QDialog {
    Q_OBJECT
public:
    PushDialog(Workspace &workspace, AccountService &accounts, QNetworkAccessManager *network,
               QString documentId, QWidget *parent = nullptr);
    ~PushDialog() override;

    QComboBox *repositoryField() const { return m_repository; }
    QCheckBox *guard() const { return m_guard; }
    QPushButton *pushButton() const { return m_push; }
    QLabel *planSummary() const { return m_planSummary; }
    QTreeWidget *heldBackList() const { return m_heldBack; }
    QListWidget *log() const { return m_log; }
    QLabel *resultSummary() const { return m_result; }
    QPushButton *retryButton() const { return m_retry; }
    const PushPlan &plan() const { return m_plan; }
    // Write spacing for pushes (GitHub asks for a second; a local emulator needs none).
    void setWriteSpacingMs(int milliseconds) { m_writeSpacingMs = milliseconds; }

signals:
    void ticketsChanged();

private:
    void replan(bool onlyFailed = false);
    void showPreview();
    void startPush();
    void finish(const PushSummary &summary);
    std::optional<Account> currentAccount() const;

    Workspace &m_workspace;
    AccountService &m_accounts;
    QNetworkAccessManager *m_network;
    QString m_documentId;
    PushPlan m_plan;
    QList<Ticket> m_tickets;
    int m_writeSpacingMs = 1000;

    QStackedWidget *m_pages;
    QComboBox *m_account;
    QComboBox *m_repository;
    QLabel *m_planSummary;
    QListWidget *m_planned;
    QTreeWidget *m_heldBack;
    QTextBrowser *m_preview;
    QCheckBox *m_guard;
    QPushButton *m_push;
    QProgressBar *m_progress;
    QListWidget *m_log;
    QLabel *m_result;
    QPushButton *m_cancel;
    QPushButton *m_retry;

    std::unique_ptr<TrackerHttp> m_http;
    std::unique_ptr<GitHubTracker> m_github;
    std::unique_ptr<GitHubPusher> m_pusher;
    std::unique_ptr<PushRunner> m_runner;
};

} // namespace docket
