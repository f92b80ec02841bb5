/**
 * The editor side of the three blocks, written by hand over WordPress's globals (no build step). The attributes
 * come from each block.json (WordPress hands them to the editor); this draws a control for each in the sidebar
 * and a plain box in the page. The page itself is rendered on the server, like the shortcodes.
 *
 * Not a preview through ServerSideRender: it puts the server's HTML in with innerHTML, which attaches no
 * declarative shadow root, so a prerendered panel shows as nothing (tried in Chromium); and running the panels'
 * script in the editor would arm the quick exit (Shift three times leaves the page, and the unsaved post).
 */
(function (wp) {
  'use strict';
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var c = wp.components;

  var LABELS = {
    region: __('Country or region (US, GB, INTL…; empty: from the settings)', 'safety-panels'),
    lang: __('Language (en, es, fr; empty: from the settings)', 'safety-panels'),
    headingLevel: __('Heading level', 'safety-panels'),
    theme: __('Colours', 'safety-panels'),
    exit: __('Show the quick exit', 'safety-panels'),
    noExit: __('Leave out the quick exit', 'safety-panels'),
    exitUrl: __('Quick exit goes to (empty: from the settings)', 'safety-panels'),
    audience: __('Who it is for', 'safety-panels'),
    checklist: __('Tick boxes beside each sign', 'safety-panels'),
    reportHref: __('Link for “Get a step-by-step plan”', 'safety-panels'),
    compact: __('Compact', 'safety-panels'),
    variant: __('Shape', 'safety-panels'),
    label: __('Button text', 'safety-panels'),
    reportUrl: __('This site’s report form (empty: from the settings)', 'safety-panels'),
    context: __('What is reported, such as “this post”', 'safety-panels'),
    situation: __('Open at a situation', 'safety-panels'),
    groups: __('Groups, such as military', 'safety-panels'),
    topics: __('Topics, such as sextortion ncii', 'safety-panels'),
    channels: __('Ways to contact (phone text chat web email)', 'safety-panels'),
    textFirst: __('Text and chat before calls', 'safety-panels'),
  };

  function control(name, spec, attributes, setAttributes) {
    var label = LABELS[name] || name;
    var set = function (value) {
      var change = {};
      change[name] = value;
      setAttributes(change);
    };
    if (spec.type === 'boolean') {
      return el(c.ToggleControl, {
        key: name,
        label: label,
        checked: !!attributes[name],
        onChange: set,
      });
    }
    if (spec.enum) {
      var options = spec.enum.map(function (value) {
        return { value: value, label: value === '' ? __('Default', 'safety-panels') : value };
      });
      return el(c.SelectControl, {
        key: name,
        label: label,
        value: attributes[name] || '',
        options: options,
        onChange: set,
      });
    }
    return el(c.TextControl, {
      key: name,
      label: label,
      value: attributes[name] || '',
      onChange: set,
    });
  }

  ['warning-signs', 'report-help', 'hotline-list'].forEach(function (tag) {
    var name = 'safety-panels/' + tag;
    wp.blocks.registerBlockType(name, {
      edit: function (props) {
        // The attributes of block.json, which WordPress merged in when the block was registered.
        var type = wp.blocks.getBlockType(name);
        var specs = (type && type.attributes) || {};
        var controls = Object.keys(specs)
          .filter(function (key) {
            return LABELS[key];
          })
          .map(function (key) {
            return control(key, specs[key], props.attributes, props.setAttributes);
          });
        return el(
          'div',
          useBlockProps({
            className: 'safety-panels-editor-box',
            style: { border: '1px dashed currentColor', padding: '1em' },
          }),
          el(
            InspectorControls,
            null,
            el(c.PanelBody, { title: __('Settings', 'safety-panels') }, controls),
          ),
          el('strong', null, (type && type.title) || tag),
          el(
            'p',
            null,
            __('Shows on the published page. Change it in the block’s settings.', 'safety-panels'),
          ),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp);
