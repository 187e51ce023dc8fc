import { describe, expect, it } from 'vitest';
import { scanManifests } from '../../../src/dependencies/scan.js';
import { gemfile, gemfileLock } from '../../../src/dependencies/readers/ruby-deps.js';
import { repo } from '../../helpers.js';

const GEMFILE = `source "https://rubygems.org"
git_source(:github) { |repo| "https://github.com/#{repo}.git" }

ruby "3.2.2"

gem "rails", "~> 7.1.2"
gem "pg", "~> 1.5"
gem "twilio-ruby", "~> 6.9"

if ENV["ENABLE_SEARCH"]
  gem "algoliasearch-rails"
end

group :development, :test do
  gem "rspec-rails"
  gem "firebase", require: false
end

group :production do
  gem "google_maps_service"
end

group :push, optional: true do
  gem "onesignal"
end

gem "sendgrid-ruby", group: :test
gem "aws-sdk-s3", groups: [:development, :production]
`;

describe('Gemfile', () => {
  it('gems by group: development/test dev, optional groups optional, production and mixed groups runtime', () => {
    const parsed = gemfile(GEMFILE, 'Gemfile');
    expect(parsed.problem).toBeUndefined();
    expect(parsed.refs.map((r) => [r.name, r.scope, r.line])).toEqual([
      ['rails', 'runtime', 6],
      ['pg', 'runtime', 7],
      ['twilio-ruby', 'runtime', 8],
      ['algoliasearch-rails', 'runtime', 11],
      ['rspec-rails', 'dev', 15],
      ['firebase', 'dev', 16],
      ['google_maps_service', 'runtime', 20],
      ['onesignal', 'optional', 24],
      ['sendgrid-ruby', 'dev', 27],
      ['aws-sdk-s3', 'runtime', 28],
    ]);
    expect(parsed.refs[0]?.version).toBe('~> 7.1.2');
  });

  it('reports a block without end', () => {
    expect(gemfile("gem 'rails'\ngroup :test do\n  gem 'rspec'\n", 'Gemfile').problem).toEqual({
      line: 2,
      reason: 'block without `end`',
    });
  });
});

const GEMFILE_LOCK = `GEM
  remote: https://rubygems.org/
  specs:
    algolia (2.3.4)
      faraday (>= 0.15, < 3)
    algoliasearch-rails (2.3.1)
      algolia (< 3.0.0)
    rails (7.1.2)
    rspec-rails (6.1.0)
      twilio-ruby (~> 6.0)
    twilio-ruby (6.9.0)
      faraday (>= 0.9, < 3.0)

PLATFORMS
  x86_64-linux

DEPENDENCIES
  algoliasearch-rails
  rails (~> 7.1.2)
  rspec-rails

BUNDLED WITH
   2.4.22
`;

describe('Gemfile.lock', () => {
  it('specs with versions and edges; DEPENDENCIES marks the direct ones', () => {
    const parsed = gemfileLock(GEMFILE_LOCK, 'Gemfile.lock');
    expect(parsed.problem).toBeUndefined();
    expect(parsed.refs.map((r) => [r.name, r.version, r.transitive, r.line])).toEqual([
      ['algolia', '2.3.4', true, 4],
      ['algoliasearch-rails', '2.3.1', false, 6],
      ['rails', '7.1.2', false, 8],
      ['rspec-rails', '6.1.0', false, 9],
      ['twilio-ruby', '6.9.0', true, 11],
    ]);
    expect(parsed.edges?.get('rspec-rails')).toEqual(['twilio-ruby']);
  });

  it('with the Gemfile: algolia comes through a runtime gem, twilio-ruby only through a test gem', () => {
    const gems = 'gem "rails"\ngem "algoliasearch-rails"\ngroup :test do\n  gem "rspec-rails"\nend\n';
    const { refs } = scanManifests(repo({ Gemfile: gems, 'Gemfile.lock': GEMFILE_LOCK }));
    expect(refs.filter((r) => r.path === 'Gemfile.lock').map((r) => [r.name, r.scope])).toEqual([
      ['algolia', 'runtime'],
      ['twilio-ruby', 'dev'],
    ]);
  });

  it('reports a file with no lock sections', () => {
    expect(gemfileLock('source "https://rubygems.org"\ngem "rails"\n', 'Gemfile.lock').problem).toEqual({
      line: 1,
      reason: 'no GEM or DEPENDENCIES section',
    });
  });
});
