#pragma once

#include <QString>

class QWidget;

namespace docket {

// File dialogs behind one seam, so GUI tests can answer them without a modal loop.
class FileDialogs {
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &filter,
                                const QString &suggestedName);

    // Tests: the next dialog returns this instead of opening (an empty string means "cancelled").
    static void setNextAnswer(const QString &path);

private:
    static bool takeAnswer(QString *path);
};

} // namespace docket
