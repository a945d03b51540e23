// Package templates holds the embedded mail templates: html/template files
// (*.html) for the HTML part and text/template files (*.txt) for the plain
// text part of every mail the service sends. compose parses them once at
// startup; nothing here renders.
//
// The HTML templates are written for Outlook and Gmail: table layout, inline
// styles only, no <style> block, no scripts, no external CSS or images, a
// 600px column and "bulletproof" buttons drawn with a table cell. Everything
// a partner wrote reaches them as plain strings that html/template escapes.
package templates
