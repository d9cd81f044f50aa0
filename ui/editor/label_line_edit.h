#pragma once

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace docket {

// Comma-separated labels with completion of the label being typed from the labels already used.
class LabelLineEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit LabelLineEdit(QWidget *parent = nullptr);

    void setKnownLabels(const QStringList &labels);
    void setLabels(const QStringList &labels);
    QStringList labels() const;

    static QStringList parseLabels(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void completeCurrentToken();
    void insertCompletion(const QString &label);

    QCompleter *m_completer;
    QStringListModel *m_known;
};

} // namespace docket
