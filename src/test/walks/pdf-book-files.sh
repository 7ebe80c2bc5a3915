#!/bin/sh
# The PDF pdf-book.steps picks: /tmp/pdfwalk/deep-learning-shaped.pdf, made with the jar's PDFBox.
set -e
mkdir -p /tmp/pdfwalk
${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java -cp ${JAR:-target/studypath.jar} src/test/walks/MakeBookPdf.java \
    /tmp/pdfwalk/deep-learning-shaped.pdf
