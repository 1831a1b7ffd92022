package dev.readiness.facts.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readiness.facts.Dependency;
import dev.readiness.facts.FileFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

class GemfileParserTest {

    @Test
    void readsGemsWithConstraintsAndDevGroups() {
        FileFacts facts = ManifestFixture.extract("Gemfile", """
                source "https://rubygems.org"

                ruby "3.3.0"

                gem "rails", "~> 7.1", ">= 7.1.3"
                gem 'pg', '~> 1.5', require: false # the database
                gem "sidekiq"
                # gem "commented-out"

                group :development, :test do
                  gem "rspec-rails", "~> 6.1"
                  platforms :mri do
                    gem "debug"
                  end
                end

                group :production do
                  gem "lograge"
                end

                gem "rubocop", group: :development, require: false
                gem "factory_bot_rails", groups: [:development, :test]
                gem("stripe", "~> 10.0")
                """);

        assertEquals(List.of(
                new Dependency("rubygems", "rails", "~> 7.1, >= 7.1.3", "Gemfile", 5, false),
                new Dependency("rubygems", "pg", "~> 1.5", "Gemfile", 6, false),
                new Dependency("rubygems", "sidekiq", "", "Gemfile", 7, false),
                new Dependency("rubygems", "rspec-rails", "~> 6.1", "Gemfile", 11, true),
                new Dependency("rubygems", "debug", "", "Gemfile", 13, true),
                new Dependency("rubygems", "lograge", "", "Gemfile", 18, false),
                new Dependency("rubygems", "rubocop", "", "Gemfile", 21, true),
                new Dependency("rubygems", "factory_bot_rails", "", "Gemfile", 22, true),
                new Dependency("rubygems", "stripe", "~> 10.0", "Gemfile", 23, false)),
                facts.dependencies());
    }

    @Test
    void groupMixingProductionIsNotDevOnly() {
        FileFacts facts = ManifestFixture.extract("Gemfile", """
                group :development, :production do
                  gem "dotenv-rails"
                end
                gem "puma"
                """);

        assertEquals(List.of(
                new Dependency("rubygems", "dotenv-rails", "", "Gemfile", 2, false),
                new Dependency("rubygems", "puma", "", "Gemfile", 4, false)),
                facts.dependencies());
    }
}
