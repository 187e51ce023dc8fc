import { describe, expect, it } from 'vitest';
import { androidManifest } from '../../../src/dependencies/readers/android-deps.js';
import { gradle, versionCatalog } from '../../../src/dependencies/readers/gradle-deps.js';
import { pomXml } from '../../../src/dependencies/readers/maven-deps.js';
import type { Parsed } from '../../../src/dependencies/dep-ref.js';
import { scanManifests } from '../../../src/dependencies/scan.js';
import { repo } from '../../helpers.js';

const shape = (parsed: Parsed) => parsed.refs.map((r) => [r.ecosystem, r.name, r.scope ?? 'runtime', r.line]);

const POM = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example.health</groupId>
  <artifactId>registry-server</artifactId>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>com.google.cloud</groupId>
        <artifactId>libraries-bom</artifactId>
        <version>26.29.0</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
      <dependency>
        <groupId>com.twilio.sdk</groupId>
        <artifactId>twilio</artifactId>
        <version>9.14.1</version>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency>
      <groupId>org.postgresql</groupId>
      <artifactId>postgresql</artifactId>
    </dependency>
    <dependency>
      <groupId>com.oracle.database.jdbc</groupId>
      <artifactId>ojdbc11</artifactId>
      <version>23.3.0.23.09</version>
      <optional>true</optional>
    </dependency>
    <!--
    <dependency>
      <groupId>com.google.firebase</groupId>
      <artifactId>firebase-admin</artifactId>
    </dependency>
    -->
    <dependency>
      <groupId>com.microsoft.sqlserver</groupId>
      <artifactId>mssql-jdbc</artifactId>
      <scope>test</scope>
    </dependency>
    <dependency><groupId>com.sendgrid</groupId><artifactId>sendgrid-java</artifactId><version>4.10.1</version></dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>com.google.cloud.tools</groupId>
        <artifactId>jib-maven-plugin</artifactId>
        <dependencies>
          <dependency>
            <groupId>com.google.cloud</groupId>
            <artifactId>google-cloud-storage</artifactId>
          </dependency>
        </dependencies>
      </plugin>
    </plugins>
  </build>
</project>
`;

describe('pom.xml', () => {
  it('dependencies by scope and <optional>; dependencyManagement and comments skipped; plugin dependencies are dev', () => {
    const parsed = pomXml(POM, 'pom.xml');
    expect(parsed.problem).toBeUndefined();
    expect(shape(parsed)).toEqual([
      ['maven', 'org.postgresql:postgresql', 'runtime', 25],
      ['maven', 'com.oracle.database.jdbc:ojdbc11', 'optional', 29],
      ['maven', 'com.microsoft.sqlserver:mssql-jdbc', 'dev', 41],
      ['maven', 'com.sendgrid:sendgrid-java', 'runtime', 44],
      ['maven', 'com.google.cloud:google-cloud-storage', 'dev', 54],
    ]);
    expect(parsed.refs[1]).toMatchObject({ version: '23.3.0.23.09', via: '<optional>true</optional>' });
  });

  it.each([
    ['a file with no XML', 'dependencies: none', 'no XML elements'],
    ['another XML document', '<settings><mirrors/></settings>', 'the root element is <settings>, not <project>'],
    [
      'an unclosed dependency',
      '<project><dependencies><dependency><groupId>a</groupId>\n<artifactId>b</artifactId>\n',
      '<dependency> is not closed',
    ],
  ])('reports %s', (_name, text, reason) => {
    expect(pomXml(text, 'pom.xml').problem).toMatchObject({ reason });
  });
});

const APP_GRADLE = `plugins {
    id 'com.android.application'
    id 'com.google.gms.google-services'
    id 'com.google.firebase.crashlytics' apply false
}

android {
    flavorDimensions = ["store"]
    productFlavors {
        play { dimension "store" }
        foss { dimension "store" }
    }
}

dependencies {
    implementation platform('com.google.firebase:firebase-bom:32.7.0')
    implementation 'com.google.firebase:firebase-messaging'
    // implementation 'com.google.android.gms:play-services-maps:18.2.0'
    /* implementation 'com.mapbox.maps:android:10.16.1'
       is kept for reference */
    playImplementation 'com.google.android.gms:play-services-location:21.0.1'
    fossImplementation 'org.osmdroid:osmdroid-android:6.1.17'
    releaseImplementation group: 'com.onesignal', name: 'OneSignal', version: '5.0.4'
    debugImplementation 'com.squareup.leakcanary:leakcanary-android:2.12'
    testImplementation 'com.google.firebase:firebase-auth:22.3.0'
    androidTestImplementation("androidx.test.espresso:espresso-core:3.5.1")
    kapt 'com.google.dagger:hilt-compiler:2.48'
    implementation(libs.firebase.analytics)
    testImplementation libs.firebase.firestore
}
`;

describe('build.gradle(.kts)', () => {
  it('runtime, flavour (optional), debug/test/kapt (dev), plugins, map notation and catalog accessors; comments skipped', () => {
    const parsed = gradle(APP_GRADLE, 'app/build.gradle');
    expect(parsed.problem).toBeUndefined();
    expect(parsed.refs.map((r) => [r.ecosystem, r.name || r.alias, r.scope, r.line])).toEqual([
      ['gradle', 'com.android.application', 'runtime', 2],
      ['gradle', 'com.google.gms.google-services', 'runtime', 3],
      ['maven', 'com.google.firebase:firebase-bom', 'runtime', 16],
      ['maven', 'com.google.firebase:firebase-messaging', 'runtime', 17],
      ['maven', 'com.google.android.gms:play-services-location', 'optional', 21],
      ['maven', 'org.osmdroid:osmdroid-android', 'optional', 22],
      ['maven', 'com.onesignal:OneSignal', 'runtime', 23],
      ['maven', 'com.squareup.leakcanary:leakcanary-android', 'dev', 24],
      ['maven', 'com.google.firebase:firebase-auth', 'dev', 25],
      ['maven', 'androidx.test.espresso:espresso-core', 'dev', 26],
      ['maven', 'com.google.dagger:hilt-compiler', 'dev', 27],
      ['maven', 'libs.firebase.analytics', 'runtime', 28],
      ['maven', 'libs.firebase.firestore', 'dev', 29],
    ]);
    expect(parsed.refs[4]?.via).toBe('playImplementation (flavour or build type play)');
  });

  it('Kotlin DSL', () => {
    const kts =
      'plugins {\n    alias(libs.plugins.google.services)\n    id("com.google.gms.google-services") version "4.4.0" apply false\n}\ndependencies {\n    implementation("com.mapbox.maps:android:11.0.0")\n    "playImplementation"("com.google.android.gms:play-services-location:21.0.1")\n}\n';
    expect(gradle(kts, 'build.gradle.kts').refs.map((r) => [r.name || r.alias, r.scope, r.line])).toEqual([
      ['libs.plugins.google.services', 'runtime', 2],
      ['com.mapbox.maps:android', 'runtime', 6],
      ['com.google.android.gms:play-services-location', 'optional', 7],
    ]);
  });

  it('reports unbalanced braces', () => {
    expect(gradle("dependencies {\n  implementation 'a:b:1'\n", 'build.gradle').problem).toMatchObject({
      reason: 'unbalanced braces (missing })',
    });
  });
});

const CATALOG = `[versions]
firebaseBom = "32.7.0"

[libraries]
firebase-bom = { module = "com.google.firebase:firebase-bom", version.ref = "firebaseBom" }
firebase-analytics = { group = "com.google.firebase", name = "firebase-analytics" }
firebase-firestore = "com.google.firebase:firebase-firestore:24.10.0"
play-services-maps = { module = "com.google.android.gms:play-services-maps", version = "18.2.0" }
osmdroid = "org.osmdroid:osmdroid-android:6.1.17"

[bundles]
maps = ["play-services-maps", "osmdroid"]

[plugins]
google-services = { id = "com.google.gms.google-services", version = "4.4.0" }
`;

describe('gradle/libs.versions.toml', () => {
  it('libraries, bundles and plugins with their accessors', () => {
    const parsed = versionCatalog(CATALOG, 'gradle/libs.versions.toml');
    expect(parsed.problem).toBeUndefined();
    expect(parsed.refs.map((r) => [r.name, r.alias, r.bundled === true])).toEqual([
      ['com.google.firebase:firebase-bom', 'libs.firebase.bom', false],
      ['com.google.firebase:firebase-analytics', 'libs.firebase.analytics', false],
      ['com.google.firebase:firebase-firestore', 'libs.firebase.firestore', false],
      ['com.google.android.gms:play-services-maps', 'libs.play.services.maps', false],
      ['org.osmdroid:osmdroid-android', 'libs.osmdroid', false],
      ['com.google.android.gms:play-services-maps', 'libs.bundles.maps', true],
      ['org.osmdroid:osmdroid-android', 'libs.bundles.maps', true],
      ['com.google.gms.google-services', 'libs.plugins.google.services', false],
    ]);
  });

  it('build scripts resolve accessors to the catalog, with their own line and configuration; unused entries stay at the catalog', () => {
    const kts =
      'plugins {\n  alias(libs.plugins.google.services)\n}\ndependencies {\n  implementation(libs.firebase.analytics)\n  testImplementation(libs.firebase.firestore)\n  playImplementation(libs.bundles.maps)\n}\n';
    const { refs } = scanManifests(repo({ 'gradle/libs.versions.toml': CATALOG, 'app/build.gradle.kts': kts }));
    expect(refs.map((r) => [r.path, r.name, r.scope, r.line])).toEqual([
      ['app/build.gradle.kts', 'com.google.gms.google-services', 'runtime', 2],
      ['app/build.gradle.kts', 'com.google.firebase:firebase-analytics', 'runtime', 5],
      ['app/build.gradle.kts', 'com.google.firebase:firebase-firestore', 'dev', 6],
      ['app/build.gradle.kts', 'com.google.android.gms:play-services-maps', 'optional', 7],
      ['app/build.gradle.kts', 'org.osmdroid:osmdroid-android', 'optional', 7],
      ['gradle/libs.versions.toml', 'com.google.firebase:firebase-bom', 'runtime', 5],
    ]);
  });

  it('reports a catalog that is not TOML', () => {
    expect(
      versionCatalog('[libraries]\nfirebase-bom: com.google.firebase\n', 'gradle/libs.versions.toml').problem,
    ).toEqual({ line: 2, reason: 'not TOML' });
  });
});

const MANIFEST = `<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android"
    xmlns:tools="http://schemas.android.com/tools">

    <uses-permission android:name="android.permission.INTERNET" />

    <application android:name=".FieldApp">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="\${MAPS_API_KEY}" />
        <meta-data android:name="com.google.android.gms.version" android:value="@integer/google_play_services_version" />
        <uses-library android:name="com.google.android.maps" android:required="false" />
        <service android:name=".push.PushService" android:exported="false">
            <intent-filter>
                <action android:name="com.google.firebase.MESSAGING_EVENT" />
            </intent-filter>
        </service>
        <receiver android:name="com.google.android.gms.measurement.AppMeasurementReceiver" tools:node="remove" />
    </application>
</manifest>
`;

describe('AndroidManifest.xml', () => {
  it('qualified component and meta-data names; relative app classes and removed components skipped', () => {
    const parsed = androidManifest(MANIFEST, 'app/src/main/AndroidManifest.xml');
    expect(parsed.problem).toBeUndefined();
    expect(shape(parsed)).toEqual([
      ['android', 'android.permission.INTERNET', 'runtime', 5],
      ['android', 'com.google.android.geo.API_KEY', 'runtime', 8],
      ['android', 'com.google.android.gms.version', 'runtime', 11],
      ['android', 'com.google.android.maps', 'optional', 12],
      ['android', 'com.google.firebase.MESSAGING_EVENT', 'runtime', 15],
    ]);
  });

  it.each([
    ['app/src/main/AndroidManifest.xml', 'runtime'],
    ['app/src/debug/AndroidManifest.xml', 'dev'],
    ['app/src/play/AndroidManifest.xml', 'optional'],
    ['AndroidManifest.xml', 'runtime'],
  ])('%s is %s', (path, scope) => {
    expect(androidManifest(MANIFEST, path).refs[2]?.scope).toBe(scope);
  });

  it('is found in Flutter and React Native layouts (android/app/src/main)', () => {
    const { scanned } = scanManifests(
      repo({ 'android/app/src/main/AndroidManifest.xml': MANIFEST, 'android/app/build.gradle': 'dependencies {\n}\n' }),
    );
    expect(scanned).toEqual(['android/app/build.gradle', 'android/app/src/main/AndroidManifest.xml']);
  });

  it('reports a file whose root is not <manifest>', () => {
    expect(
      androidManifest('<resources><string name="a">b</string></resources>', 'AndroidManifest.xml').problem,
    ).toMatchObject({ line: 1 });
  });
});
