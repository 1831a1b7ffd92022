package dev.readiness.facts.source;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ImportExtractorTest {
    private final ImportExtractor extractor = new ImportExtractor();

    private List<String> imports(String path, String text) {
        return Extraction.imports(extractor, path, text);
    }

    @Test
    void pythonImportForms() {
        String text = """
                import os
                import a.b
                import requests as r, stripe.error
                from sqlalchemy.orm import Session
                from . import sibling
                from .models import User
                from ..core import thing
                import json; import sys

                def handler():
                    import boto3
                    from sentry_sdk import init
                import x, \\
                    y
                """;
        assertEquals(List.of("os:1", "a.b:2", "requests:3", "stripe.error:3", "sqlalchemy.orm.Session:4",
                "sqlalchemy.orm:4", ".:5", ".models:6", "..core:7", "json:8", "sys:8", "boto3:11", "sentry_sdk.init:12",
                "sentry_sdk:12", "x:13", "y:13"), imports("app/main.py", text));
    }

    @Test
    void pythonFromImportAlsoRecordsEachNameAsAPossibleSubmodule() {
        String text = """
                from google.cloud import storage
                from azure.storage import blob as az_blob, queue
                from django.core import (
                    mail,  # send_mail lives here
                    signing,
                )
                from boto3 import \\
                    session
                from os.path import *
                from rest_framework import serializers; from . import views
                from .models import Upload
                """;
        // listed by line, then by name (so "a.b:1" sorts before "a:1")
        assertEquals(List.of("google.cloud.storage:1", "google.cloud:1", "azure.storage.blob:2",
                "azure.storage.queue:2", "azure.storage:2", "django.core.mail:3", "django.core.signing:3",
                "django.core:3", "boto3.session:7", "boto3:7", "os.path:9", ".:10", "rest_framework.serializers:10",
                "rest_framework:10", ".models:11"),
                imports("app/storage.py", text));
    }

    @Test
    void pythonFromImportsKeepTheNamesTheyTake() {
        String text = """
                from app import security, webhooks as hooks
                from . import (
                    verify,  # the helper
                    other,
                )
                from .lib import *
                from x import a; import b
                from y import c, \
                    d
                """;
        List<String> found = Extraction.run(extractor, "app/routes.py", text).imports().stream()
                .map(ref -> ref.statement() + ":" + ref.line()).toList();
        assertEquals(List.of("import b:7", "from app import security, webhooks:1", "import app.security:1",
                "import app.webhooks:1", "from . import verify, other:2", "import .lib:6", "from x import a:7",
                "import x.a:7", "from y import c, d:8", "import y.c:8", "import y.d:8"), found);
    }

    @Test
    void pythonCommentsDocstringsAndStringsAreNoImports() {
        String text = """
                \"\"\"Module doc.

                import stripe
                from stripe import Charge
                \"\"\"
                # import stripe
                x = "import stripe"
                y = '''
                from stripe import Charge
                '''
                import real  # import fake
                """;
        assertEquals(List.of("real:11"), imports("app/main.py", text));
    }

    @Test
    void javaScriptImportForms() {
        String text = """
                import express from 'express';
                import { a, b as c } from "lodash";
                import * as Sentry from '@sentry/node';
                import 'reflect-metadata';
                import def, { named } from 'mixed';
                export { x } from 'reexported';
                export * from 'everything';
                const stripe = require('stripe')(key);
                const lazy = await import('heavy-module');
                import {
                  one,
                  two,
                } from 'multi-line';
                import local from './local';
                const up = require('../up');
                import meta from '.';
                """;
        assertEquals(List.of("express:1", "lodash:2", "@sentry/node:3", "reflect-metadata:4", "mixed:5",
                "reexported:6", "everything:7", "stripe:8", "heavy-module:9", "multi-line:10", "./local:14",
                "../up:15", ".:16"), imports("src/index.js", text));
    }

    @Test
    void typeScriptTypeImportsAndImportEqualsRequire() {
        String text = """
                import type { Request } from 'express';
                import type Stripe from "stripe";
                export type { Config } from '@aws-sdk/client-s3';
                import fs = require('fs');
                const url = import.meta.url;
                """;
        assertEquals(List.of("express:1", "stripe:2", "@aws-sdk/client-s3:3", "fs:4"),
                imports("src/index.ts", text));
    }

    @Test
    void javaScriptCommentsStringsAndDynamicNamesAreNoImports() {
        String text = """
                // require('stripe')
                /* import x from 'stripe'
                   import 'stripe' */
                const s = "import x from 'stripe'";
                const t = `require('stripe')`;
                const mod = require(`./plugins/${name}`);
                const other = require(`${base}/x`);
                const viaVar = require(name);
                const re = /import 'stripe'/;
                const ok = require("kept"); // import 'stripe'
                """;
        assertEquals(List.of("kept:10"), imports("src/index.js", text));
    }

    @Test
    void goImportForms() {
        String text = """
                package main

                import "fmt"
                import sentry "github.com/getsentry/sentry-go"

                import (
                	"os"
                	_ "github.com/lib/pq"
                	str "strings"
                	// "github.com/commented/out"
                	. `github.com/raw/path`
                )

                func main() {
                	fmt.Println("import \\"fake\\"")
                }
                """;
        assertEquals(List.of("fmt:3", "github.com/getsentry/sentry-go:4", "os:7", "github.com/lib/pq:8",
                "strings:9", "github.com/raw/path:11"), imports("cmd/main.go", text));
    }

    @Test
    void acceptsOnlyTheLanguagesItReads() {
        assertFalse(extractor.accepts(Extraction.entry("src/A.java", 1)));
        assertFalse(extractor.accepts(Extraction.entry("src/a.kt", 1)));
        assertFalse(extractor.accepts(Extraction.entry("lib/a.rb", 1)));
    }
}
