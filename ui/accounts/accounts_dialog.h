#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QTreeWidget;

namespace docket {

class AccountService;
class ConnectAccountDialog;
class Workspace;

// File › Accounts: the workspace's tracker accounts — who, where, how, and whether they still
// work — with Connect, Reconnect and Disconnect. Tokens are never shown.
class AccountsDialog : public QDialog {
    Q_OBJECT
public:
    AccountsDialog(Workspace &workspace, AccountService &service, QNetworkAccessManager *network,
                   QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    void refresh();
    void disconnectSelected();
    // Tests play the browser and the PM in the connect dialog through this.
    void setConnectDialogHook(std::function<void(ConnectAccountDialog *)> hook) { m_hook = std::move(hook); }
    void openConnectDialog();

private:
    Workspace &m_workspace;
    AccountService &m_service;
    QNetworkAccessManager *m_network;
    QTreeWidget *m_list;
    QLabel *m_message;
    QPushButton *m_disconnect;
    std::function<void(ConnectAccountDialog *)> m_hook;
};

} // namespace docket
