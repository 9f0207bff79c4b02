// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claims/knownnow.h"

#include <QQmlEngine>
#include <QStringList>

/// The article ArticleReader shows: where it comes from. A default
/// ArticleInfo is no article.
struct ArticleInfo
{
    Q_GADGET
    QML_VALUE_TYPE(articleInfo)
    Q_PROPERTY(QString id MEMBER id CONSTANT)
    Q_PROPERTY(QString outlet MEMBER outlet CONSTANT)
    Q_PROPERTY(QString outletKind MEMBER outletKind CONSTANT)
    Q_PROPERTY(bool outletInferred MEMBER outletInferred CONSTANT)
    Q_PROPERTY(QString headline MEMBER headline CONSTANT)
    Q_PROPERTY(QString byline MEMBER byline CONSTANT)
    Q_PROPERTY(QString dateText MEMBER dateText CONSTANT)
    Q_PROPERTY(bool approximateDate MEMBER approximateDate CONSTANT)
    Q_PROPERTY(QString url MEMBER url CONSTANT)
    Q_PROPERTY(QString provenance MEMBER provenance CONSTANT)
    Q_PROPERTY(QString copyright MEMBER copyright CONSTANT)
    Q_PROPERTY(bool excerpt MEMBER excerpt CONSTANT)
    Q_PROPERTY(int annotationCount MEMBER annotationCount CONSTANT)

public:
    QString id;
    QString outlet;
    QString outletKind;          ///< "newspaper", "wire-copy", …
    bool outletInferred = false; ///< the stored copy does not name the outlet
    QString headline;
    QString byline;
    QString dateText; ///< "≈ 18 Dec 2014"
    bool approximateDate = false;
    QString url;
    QString provenance; ///< "AP copy", …
    QString copyright;
    bool excerpt = true; ///< an excerpt of someone else's article, not the case authors' own text
    int annotationCount = 0;

    friend bool operator==(const ArticleInfo &, const ArticleInfo &) = default;
};

/// One block of the article text (headline, standfirst, caption, paragraph)
/// as rich text with the enabled annotations marked.
struct ArticleBlock
{
    Q_GADGET
    QML_VALUE_TYPE(articleBlock)
    Q_PROPERTY(QString kind MEMBER kind CONSTANT)
    Q_PROPERTY(QString html MEMBER html CONSTANT)
    Q_PROPERTY(QString plain MEMBER plain CONSTANT)

public:
    QString kind;  ///< "headline", "standfirst", "caption" or "paragraph"
    QString html;  ///< the marks are links "annotation:<id>"
    QString plain; ///< the same text without marks

    friend bool operator==(const ArticleBlock &, const ArticleBlock &) = default;
};

/// The open annotation: why it matters, the correction of a slip, and the
/// claim it belongs to. A default AnnotationNote is none (empty id).
struct AnnotationNote
{
    Q_GADGET
    QML_VALUE_TYPE(annotationNote)
    Q_PROPERTY(QString id MEMBER id CONSTANT)
    Q_PROPERTY(QString layer MEMBER layer CONSTANT)
    Q_PROPERTY(QString layerLabel MEMBER layerLabel CONSTANT)
    Q_PROPERTY(QString color MEMBER color CONSTANT)
    Q_PROPERTY(QString quote MEMBER quote CONSTANT)
    Q_PROPERTY(QString note MEMBER note CONSTANT)
    Q_PROPERTY(int block MEMBER block CONSTANT)
    Q_PROPERTY(int row MEMBER row CONSTANT)
    Q_PROPERTY(bool hasCorrection MEMBER hasCorrection CONSTANT)
    Q_PROPERTY(QString correction MEMBER correction CONSTANT)
    Q_PROPERTY(QString correctionSources MEMBER correctionSources CONSTANT)
    Q_PROPERTY(bool hasClaim MEMBER hasClaim CONSTANT)
    Q_PROPERTY(ClaimCard claim MEMBER claim CONSTANT)

public:
    QString id;
    QString layer;
    QString layerLabel;
    QString color;
    QString quote;
    QString note;
    int block = -1; ///< index into ArticleReader::blocks()
    int row = -1;   ///< ArticleReader's row
    bool hasCorrection = false;
    QString correction;        ///< of a factual slip
    QString correctionSources; ///< the outlets that correct it, comma-separated
    bool hasClaim = false;
    ClaimCard claim;

    friend bool operator==(const AnnotationNote &, const AnnotationNote &) = default;
};
